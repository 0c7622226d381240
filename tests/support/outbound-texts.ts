import type { OutboundTextMessage } from '@qinqing/liaison/service';

/**
 * The identification code texted last. Not simply the last text: liaison's policy notices go out from a timer at
 * any moment (the demo policies' at start-up among them).
 */
export const lastIdentificationCode = (
  texts: readonly OutboundTextMessage[],
): OutboundTextMessage | undefined => texts.filter((m) => m.template === 'kiosk-identification-code').at(-1);
