/**
 * The page's first frame with a body ('twin:body-frame', read by the bench), without React or three.js: marked by
 * the loading preview (BodyPreview.tsx) when it drew one, else by the scene (BodyScene.tsx).
 */
export function markBodyFrame(): void {
  if (performance.getEntriesByName('twin:body-frame').length === 0) performance.mark('twin:body-frame')
}
