/**
 * The renderer's Content-Security-Policy. Everything is local: scripts, styles and fonts come
 * from the app bundle only, nothing is fetched, nothing is framed. src/renderer/index.html
 * carries the same policy in a meta tag (a unit test keeps the two equal) because pages loaded
 * from file:// get no response headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** The header form adds what a meta tag cannot express. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`

/** Response headers with the CSP set, replacing any the response carried. */
export function withCspHeader(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'))
  return { ...kept, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] }
}
