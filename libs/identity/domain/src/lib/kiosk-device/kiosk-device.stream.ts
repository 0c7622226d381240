/** The one place a kiosk device's stream id is made. */
export const kioskDeviceStreamId = (deviceId: string): string => `identity-kiosk-device-${deviceId}`;
