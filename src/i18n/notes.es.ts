/**
 * The reviewed note sentences in Spanish, by note id: the same facts as notes.en.ts, in plain Spanish ("historial"
 * for the record, "problema" for a condition, as in es.ts). Never a statement about the person; no word that
 * diagnoses, predicts or advises (src/i18n/reasonWording.test.ts checks every one).
 * Review status: project translation, not yet reviewed by a native-speaking clinician.
 */
import type { NoteId } from '../anatomy/tables/notes.ts'

/** Spanish note sentences by note id. */
export const NOTES_ES: Readonly<Record<NoteId, string>> = {
  organ: 'El término de este código nombra esta parte del cuerpo.',
  diabetes:
    'La diabetes y el azúcar alto en sangre se muestran en el páncreas, el órgano que produce la insulina; también tienen que ver con todo el cuerpo.',
  lipids:
    'Los problemas de grasas en la sangre (lípidos) se muestran con los vasos sanguíneos; el modelo representa las arterias con la aorta.',
  hypertension:
    'La tensión arterial alta se muestra en los vasos sanguíneos; el modelo representa las arterias con la aorta. También concierne a todo el cuerpo.',
  arteries: 'El modelo no tiene arterias de las extremidades por separado, así que la aorta representa a las arterias.',
  veins: 'El modelo no tiene venas de las piernas por separado, así que las venas grandes representan a las venas.',
  pulmonaryArtery: 'Un coágulo en las arterias de los pulmones se muestra en los pulmones.',
  blood:
    'Los problemas de la sangre y de la médula ósea se muestran en la región de la sangre y la médula ósea, dibujada en el contorno de toda la figura porque la sangre llega a todas las partes del cuerpo.',
  systemic: 'Este problema tiene que ver con todo el cuerpo más que con un solo órgano.',
  siteNotCoded: 'El código no nombra ninguna parte del cuerpo, así que se muestra para todo el cuerpo.',
  joints:
    'El código no dice qué articulación, así que se muestra en el marcador de articulaciones (las principales articulaciones de las extremidades, juntas), no en una sola articulación.',
  anaemia:
    'La anemia tiene que ver con los glóbulos rojos, así que se muestra en la región de la sangre y la médula ósea, no en los vasos sanguíneos.',
  gout: 'La gota afecta con más frecuencia a la articulación de la base del dedo gordo del pie, así que se muestra en los pies. El historial no dice qué articulaciones están afectadas.',
  rheumatoid:
    'La artritis reumatoide afecta con más frecuencia a las articulaciones pequeñas de las manos y las muñecas, así que se muestra en las manos. El historial no dice qué articulaciones están afectadas.',
  nerves:
    'Los problemas de los nervios fuera del cerebro y de la médula espinal (como la neuropatía) se muestran en la región de los nervios, dibujada en el contorno de toda la figura; el modelo no tiene nervios por separado.',
  wound: 'El código no nombra ninguna parte del cuerpo; una herida se muestra en la piel.',
  mind: 'La salud mental se muestra para la persona en su conjunto (la región de la mente), no como un problema del cerebro.',
  context: 'Un dato social, de estilo de vida o administrativo: aparece en vida y contexto, no en el cuerpo.',
  spinalCord: 'El código nombra tanto la columna como la médula espinal que hay dentro, así que se muestra en las dos.',
  chronicPain: 'El historial no dice dónde se siente el dolor, así que se muestra para todo el cuerpo.',
  head: 'Se muestra en la cabeza (cerebro) porque el código nombra un síntoma o un problema de la cabeza.',
  pregnancy: 'El embarazo y su evolución se muestran en el útero.',
  ankle:
    'El tobillo se muestra en la pierna: la articulación del tobillo la forman los extremos inferiores de los huesos de la pierna.',
  wrist: 'La muñeca se muestra con la mano, que contiene los huesos de la muñeca.',
  neck: 'Los problemas del cuello y de la espalda se muestran en la columna.',
  bronchi: 'La bronquitis se muestra en las vías respiratorias (tráquea y bronquios).',
  cf: 'La fibrosis quística se muestra en los pulmones, con el páncreas y los intestinos como lugares secundarios.',
  bodyMass:
    'La Organización Mundial de la Salud define el sobrepeso y la obesidad como un exceso de grasa corporal, así que estos hallazgos se muestran en la grasa corporal. Estos hallazgos se suelen registrar a partir del índice de masa corporal (IMC), una medida del peso en relación con la estatura; las mediciones del IMC aparecen en todo el cuerpo.',
  noSite:
    'El código registra un procedimiento pasado sin nombrar ninguna parte del cuerpo, así que aparece aquí en lugar de situarse en el cuerpo.',
  genital: 'El código nombra los órganos genitales; cuáles se muestran depende del sexo registrado del paciente.',
  family:
    'Un problema registrado de un familiar: aparece en antecedentes familiares, nunca como un hallazgo del paciente.',
  icdBlock: 'Situado por el bloque de la CIE-10-MC (rango de categorías) al que pertenece este código.',
  icdCategory: 'Situado por la categoría de la CIE-10-MC de este código.',
  keyword:
    'Situado por una palabra del texto del historial, no por un código: una coincidencia de palabras clave, menos segura que un código.',
  bodySite: 'El propio historial nombra esta localización corporal.',
  legVeins:
    'El código nombra las venas de la pierna; el modelo no tiene venas de las piernas por separado, así que se marca la pierna (el muslo, la parte inferior de la pierna o ambos, según el código).',
  amputation:
    'El historial registra que esta parte del cuerpo se amputó, así que, cuando consta el lado, la parte se marca como amputada en lugar de dibujarse entera.',
  injurySite:
    'El historial nombra la parte del cuerpo lesionada, así que se muestra allí; también tiene que ver con la piel.',
  procedureCode: 'El código del procedimiento nombra esta parte del cuerpo.',
  raynaud:
    'El fenómeno de Raynaud afecta con más frecuencia a los dedos de las manos (a veces a los de los pies), así que se muestra en las manos. El historial no dice qué dedos.',
  legSuperficialVeins:
    'Las varices y otras venas superficiales de la pierna se muestran en la parte inferior de las piernas; el modelo no tiene venas de las piernas por separado.',
}
