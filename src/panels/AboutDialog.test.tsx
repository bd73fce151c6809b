// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore } from '../twin/twinStore.ts'
import { AboutDialog } from './AboutDialog.tsx'

function renderAbout(locale: 'en' | 'es') {
  const store = createTwinStore({ kind: 'file', fileName: 'about.json' })
  store.getState().setLocale(locale)
  return render(
    <TwinContext value={store}>
      <AboutDialog />
    </TwinContext>,
  )
}

/** The list items under the list a note paragraph introduces (the dialog is closed, so no role queries). */
function listAfter(text: string): string[] {
  const list = screen.getByText(text).nextElementSibling
  expect(list?.tagName).toBe('UL')
  return [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent)
}

afterEach(cleanup)

describe('AboutDialog names the approximate parts of the model', () => {
  it('lists the stand-ins as approximate and illustrative and the reconstructed parts, in English', () => {
    renderAbout('en')
    expect(listAfter('These parts of the 3D body are approximate and illustrative, not anatomical data:')).toEqual([
      'Body fat',
      'Thyroid',
      'Spinal cord',
      'Joints (which joint not recorded)',
      'Left breast',
      'Right breast',
      'Nose and sinuses (in part)',
    ])
    expect(
      listAfter('These parts of the 3D body are approximate shapes, reconstructed from neighbouring anatomy:'),
    ).toEqual(['Skin', 'Left lung', 'Right lung'])
  })

  it('says the same in Spanish', () => {
    renderAbout('es')
    expect(
      listAfter('Estas partes del cuerpo en 3D son aproximadas e ilustrativas; no proceden de datos anatómicos:'),
    ).toContain('Médula espinal')
    expect(
      listAfter('Estas partes del cuerpo en 3D son aproximadas e ilustrativas; no proceden de datos anatómicos:'),
    ).toContain('Nariz y senos nasales (en parte)')
    expect(
      listAfter(
        'Estas partes del cuerpo en 3D tienen formas aproximadas, reconstruidas a partir de la anatomía vecina:',
      ),
    ).toEqual(['Piel', 'Pulmón izquierdo', 'Pulmón derecho'])
  })
})
