import type { Session } from 'electron'

/** The parts of Session the permission guard uses. */
export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>

/**
 * Denies every permission (camera, notifications, geolocation, HID, USB…): Galley needs none,
 * and a prompt from an offline editing tool would only ever be a surprise.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
