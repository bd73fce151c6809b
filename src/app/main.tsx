// First: its requests go out before the rest of the entry is evaluated.
import './startNow.ts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Root } from './smart/Root.tsx'
import './app.css'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
)
