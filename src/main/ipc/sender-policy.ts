/**
 * Decides whether an IPC message comes from our own renderer. `rendererUrl` is the URL main
 * loaded: a file: URL (packaged app) must match exactly, path and all; an http(s) URL (the dev
 * server, the e2e harness) must match by origin. Everything else — another site the window
 * was somehow navigated to, a subframe of one, about:blank — is refused.
 */
export function createSenderPolicy(rendererUrl: string): (senderUrl: string | undefined) => boolean {
  const expected = new URL(rendererUrl)
  return (senderUrl) => {
    if (senderUrl === undefined || senderUrl === '') return false
    let actual: URL
    try {
      actual = new URL(senderUrl)
    } catch {
      return false
    }
    if (expected.protocol === 'file:') {
      return actual.protocol === 'file:' && actual.host === expected.host && decodeURI(actual.pathname) === decodeURI(expected.pathname)
    }
    if (expected.protocol === 'http:' || expected.protocol === 'https:') {
      return actual.origin === expected.origin
    }
    return false
  }
}
