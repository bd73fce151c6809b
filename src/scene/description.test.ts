import { describe, expect, it } from 'vitest'
import { describeScene } from './description.ts'
import { bodySexOf, isShownForSex, mindHaloOf, organsForSex } from '../twin/visibility.ts'

const allLayers = { skin: true, skeleton: true, organs: true, vessels: true }

describe('describeScene', () => {
  it('names the view, the body, the visible layers and the selection', () => {
    expect(
      describeScene({
        view: 'front',
        sex: 'female',
        layers: allLayers,
        skinOpacity: 0.25,
        hidden: [],
        selected: 'heart',
        mind: 'hidden',
      }),
    ).toBe(
      'Front view of the female body. Showing skin (25% opaque), bones, organs and blood vessels. Selected: Heart.',
    )
  })
  it('lists hidden layers and organs and says when nothing is selected', () => {
    expect(
      describeScene({
        view: 'left',
        sex: null,
        layers: { skin: false, skeleton: false, organs: true, vessels: true },
        skinOpacity: 0.25,
        hidden: ['liver', 'skull'],
        selected: null,
        mind: 'hidden',
      }),
    ).toBe(
      'View from the left side of the body without sex-specific organs. Showing organs and blood vessels. ' +
        'Hidden: Liver and Skull. Nothing selected.',
    )
  })
  it('describes the scene in Spanish', () => {
    expect(
      describeScene(
        {
          view: 'back',
          sex: 'male',
          layers: { skin: true, skeleton: true, organs: false, vessels: false },
          skinOpacity: 0.5,
          hidden: ['liver', 'skull'],
          selected: 'heart',
          mind: 'hidden',
        },
        'es',
      ),
    ).toBe(
      'Vista posterior del cuerpo masculino. Se muestra: piel (50 % opaca) y huesos. ' +
        'Ocultos: Hígado y Cráneo. Seleccionado: Corazón.',
    )
  })

  it('names the parts recorded as removed and those whose side is not recorded, in English and Spanish', () => {
    const facts = {
      view: 'front',
      sex: 'female',
      layers: allLayers,
      skinOpacity: 0.25,
      hidden: [],
      selected: null,
      mind: 'hidden',
      removed: ['leg_left', 'leg_right'],
      sideNotRecorded: ['knee_left', 'knee_right'],
    } as const
    expect(describeScene(facts)).toBe(
      'Front view of the female body. Showing skin (25% opaque), bones, organs and blood vessels. ' +
        'Recorded as removed, drawn faint: Left lower leg and ankle and Right lower leg and ankle. ' +
        'Side not recorded, both sides striped: Left knee and Right knee. Nothing selected.',
    )
    expect(describeScene(facts, 'es')).toBe(
      'Vista frontal del cuerpo femenino. Se muestra: piel (25 % opaca), huesos, órganos y vasos sanguíneos. ' +
        'Registrado como amputado, dibujado tenue: Pierna y tobillo izquierdos y Pierna y tobillo derechos. ' +
        'Lado no registrado, ambos lados con rayas: Rodilla izquierda y Rodilla derecha. Nada seleccionado.',
    )
    expect(describeScene({ ...facts, removed: [], sideNotRecorded: [] })).toBe(
      'Front view of the female body. Showing skin (25% opaque), bones, organs and blood vessels. Nothing selected.',
    )
  })

  it('says when the mind halo is drawn, in English and Spanish, and nothing about it otherwise', () => {
    const facts = {
      view: 'front',
      sex: 'male',
      layers: allLayers,
      skinOpacity: 0.25,
      hidden: [],
      selected: null,
      mind: 'shown',
    } as const
    expect(describeScene(facts)).toBe(
      'Front view of the male body. Showing skin (25% opaque), bones, organs and blood vessels. ' +
        'A soft halo around the figure marks what the record lists about mind and mood. Nothing selected.',
    )
    expect(describeScene(facts, 'es')).toBe(
      'Vista frontal del cuerpo masculino. Se muestra: piel (25 % opaca), huesos, órganos y vasos sanguíneos. ' +
        'Un halo suave alrededor de la figura marca lo que el historial registra sobre la mente y el estado de ánimo. ' +
        'Nada seleccionado.',
    )
    expect(describeScene({ ...facts, mind: 'hidden' })).toBe(
      'Front view of the male body. Showing skin (25% opaque), bones, organs and blood vessels. Nothing selected.',
    )
  })

  it('names mind and mood as selected while its panel is open (the halo is highlighted)', () => {
    const facts = {
      view: 'front',
      sex: 'female',
      layers: allLayers,
      skinOpacity: 0.25,
      hidden: [],
      selected: null,
      mind: 'selected',
    } as const
    expect(describeScene(facts)).toBe(
      'Front view of the female body. Showing skin (25% opaque), bones, organs and blood vessels. ' +
        'A soft halo around the figure marks what the record lists about mind and mood. Selected: Mind and mood.',
    )
    expect(describeScene(facts, 'es')).toBe(
      'Vista frontal del cuerpo femenino. Se muestra: piel (25 % opaca), huesos, órganos y vasos sanguíneos. ' +
        'Un halo suave alrededor de la figura marca lo que el historial registra sobre la mente y el estado de ánimo. ' +
        'Seleccionado: Mente y estado de ánimo.',
    )
  })
})

describe('mind halo', () => {
  it('is drawn only for a mind status at the cursor, or while the mind panel is open', () => {
    expect(mindHaloOf(undefined, null)).toBe('hidden')
    expect(mindHaloOf(undefined, 'whole_body')).toBe('hidden')
    expect(mindHaloOf('active', null)).toBe('shown')
    expect(mindHaloOf('procedure', 'family')).toBe('shown')
    expect(mindHaloOf(undefined, 'mind')).toBe('selected')
    expect(mindHaloOf('resolved', 'mind')).toBe('selected')
  })
})

describe('sex-specific organs', () => {
  it('shows female organs only for female patients and male organs only for male patients', () => {
    expect(bodySexOf('female')).toBe('female')
    expect(isShownForSex('uterus', 'female')).toBe(true)
    expect(isShownForSex('uterus', 'male')).toBe(false)
    expect(isShownForSex('prostate', 'male')).toBe(true)
    expect(isShownForSex('heart', 'male')).toBe(true)
  })
  it('shows neither set for unknown, other or missing gender (neutral body)', () => {
    for (const gender of ['unknown', 'other', null, undefined]) expect(bodySexOf(gender)).toBeNull()
    // 67 organ ids: 5 female-only and 3 male-only
    const neutral = organsForSex(null)
    expect(neutral).toHaveLength(59)
    expect(neutral.filter((id) => ['prostate', 'testes', 'penis', 'uterus', 'vagina'].includes(id))).toEqual([])
    expect(organsForSex('female')).toHaveLength(64)
    expect(organsForSex('male')).toHaveLength(62)
  })

  it('draws the breast stand-ins on male and neutral bodies only where the record places something', () => {
    expect(isShownForSex('breast_left', 'female', new Set())).toBe(true)
    expect(isShownForSex('breast_left', 'male', new Set())).toBe(false)
    expect(isShownForSex('breast_left', null, new Set(['breast_left']))).toBe(true)
    // 62 male organs less the two breasts, the body fat and the joint markers (none placed)
    expect(organsForSex('male', new Set(['heart']))).toHaveLength(58)
  })

  it('draws the body fat and the joint markers on any body only where the record places something, or while selected', () => {
    for (const sex of ['female', 'male', null] as const) {
      expect(isShownForSex('adipose_tissue', sex, new Set())).toBe(false)
      expect(isShownForSex('joints', sex, new Set(['heart']))).toBe(false)
      expect(isShownForSex('adipose_tissue', sex, new Set(['adipose_tissue']))).toBe(true)
      expect(isShownForSex('joints', sex, new Set(), 'joints')).toBe(true)
      expect(isShownForSex('joints', sex, new Set(), 'heart')).toBe(false)
    }
    // the spinal cord is an ordinary organ
    expect(isShownForSex('spinal_cord', 'male', new Set())).toBe(true)
    expect(organsForSex('female', new Set())).toHaveLength(62)
    expect(organsForSex('female', new Set(['joints']))).toContain('joints')
    expect(organsForSex('female', new Set(), 'adipose_tissue')).toContain('adipose_tissue')
  })
})
