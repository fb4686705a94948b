import type { WebContents } from 'electron'

/** The parts of WebContents the guards use, so tests can pass a plain fake. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Denies navigation, redirects, new windows and <webview> for a web contents. Galley is one
 * page: anything that would leave it (a dropped link, a script, a compromised renderer) is
 * refused rather than filtered, because there is nothing legitimate to allow.
 */
export function hardenWebContents(contents: GuardedContents, onBlocked: (what: string, url: string) => void = () => {}): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    onBlocked('navigation', url)
  })
  contents.on('will-redirect', (event, url) => {
    event.preventDefault()
    onBlocked('redirect', url)
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    onBlocked('webview', '')
  })
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked('window.open', url)
    return { action: 'deny' }
  })
}
