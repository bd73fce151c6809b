/**
 * Imported first by main.tsx, for its effect: starts the app's downloads (startDownloads.ts) before the rest of the
 * entry script is evaluated.
 */
import { startDownloads } from './startDownloads.ts'

startDownloads()
