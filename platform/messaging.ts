import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * Messages carry only what only the background can do; state travels through storage.
 * One typed protocol, no hand-built message objects.
 */
interface ProtocolMap {
  /** Opens a listed profile for the allowance period, in every tab; resolves once it is open. */
  grantAllowance(key: string): { expiresAt: number };
  /** Opens a listed profile to check for the user's safety: no breath, strict mode or not. */
  safetyCheck(key: string): { expiresAt: number };
  /** Closes the sender's tab (the pause page's "Go back" when there is nowhere to go back to). */
  closeTab(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
