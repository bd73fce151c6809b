/**
 * The Spanish "why here?" wording: the same facts as reasonSentences.en.ts in plain Spanish, with the words es.ts
 * uses ("historial", "problema", "situado", "vida y contexto", "descartado"). Information only: nothing
 * diagnoses, predicts or advises (src/i18n/reasonWording.test.ts checks every generated sentence).
 */
import { NOTES_ES } from './notes.es.ts'
import type { ReasonSentences } from './reasonSentences.ts'

/** Spanish reason wording. */
export const REASON_SENTENCES_ES: ReasonSentences = {
  shownAt: (places, basis, note) => `Se muestra en ${places} porque ${basis}. ${note}`,
  sideNotRecorded: 'El historial no dice de qué lado.',
  overruled: (places, basis) =>
    `Por su código solo, se mostraría en ${places} (${basis}); la localización corporal anotada con él va primero.`,
  suspected: (why) => `No confirmado en el historial: ${why}.`,
  suspectedBy: {
    provisional: 'registrado como provisional',
    differential: 'registrado como una posibilidad entre varias (diferencial)',
    unconfirmed: 'registrado como no confirmado',
    'by-code': 'el propio código registra una sospecha',
  },
  context: (basis, note) => `Aparece en vida y contexto porque ${basis}. ${note}`,
  family: (places, basis, note) =>
    `Antecedente familiar de un problema que se muestra en ${places} porque ${basis}. ${note}`,
  ruledOut:
    'Aparece como descartado: el historial marca este problema como refutado, así que no se muestra en el cuerpo.',
  unplaced: {
    'no-rule': 'No situado en el cuerpo: ninguna regla revisada coincide con sus códigos ni con su texto.',
    'no-body-site-in-code': 'No situado en el cuerpo: su código no nombra ninguna parte del cuerpo.',
    'sex-not-recorded':
      'No situado en el cuerpo: el código nombra órganos genitales y el historial no recoge un sexo que permita saber cuáles mostrar.',
    'no-code-or-text': 'No situado en el cuerpo: el historial no da ningún código ni texto con el que situarlo.',
    'reason-not-placed':
      'No situado en el cuerpo: el problema para el que se registró tampoco está situado en el cuerpo.',
    'no-reason-recorded':
      'No situado en el cuerpo: los medicamentos solo se muestran a través del problema para el que se registraron, y no consta ninguno.',
    'generic-procedure':
      'No situado en el cuerpo: el código del procedimiento no nombra ninguna parte del cuerpo y ningún problema para el que se hizo está situado en el cuerpo.',
    'cannot-interpret':
      'No situado en el cuerpo: el historial contiene información que esta aplicación no puede leer (una extensión modificadora, que puede cambiar su sentido).',
    'codes-disagree':
      'No situado en el cuerpo: sus códigos señalan partes distintas del cuerpo, así que la aplicación no lo muestra en ninguna. Los códigos aparecen con él.',
  },
  code: (system, code, alias) =>
    `el historial lo codifica como ${system} ${code}${alias === null ? '' : ` (leído como ${alias}: el código registrado es una errata conocida)`}`,
  procedureCode: (system, code) => `el historial codifica el procedimiento como ${system} ${code}`,
  bodySite: (system, code) => `el historial anota la localización corporal ${system} ${code}`,
  keyword: (ruleId) => `una palabra del texto del historial coincide con la regla de palabras clave ${ruleId}`,
  reasonCode: (reasonBasis) => `su motivo registrado lo sitúa ahí: ${reasonBasis}`,
  reasonLink: {
    'done-for': {
      condition: 'el historial dice que se hizo para un problema que se muestra ahí',
      context: 'el historial dice que se hizo para un elemento de vida y contexto',
    },
    'recorded-for': {
      condition: 'el historial dice que se registró para un problema que se muestra ahí',
      context: 'el historial dice que se registró para un elemento de vida y contexto',
    },
  },
  linked: (conditions, places) =>
    `Está vinculado a ${conditions.join(', ')}, que ${conditions.length > 1 ? 'se muestran' : 'se muestra'} en ${places}.`,
  notes: NOTES_ES,
}
