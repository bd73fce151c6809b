import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Root } from './smart/Root.tsx'
import { preloadBodyModel, preloadScene } from './lazyScene.tsx'
import { loadLayNames } from '../i18n/layNames/layName.ts'
import './app.css'

// The 3D chunk is requested now, beside the app's first FHIR requests and the light model, never after them.
// So are the lay-name tables (their own chunk).
preloadBodyModel()
void preloadScene().catch(() => undefined)
void loadLayNames()

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
)
