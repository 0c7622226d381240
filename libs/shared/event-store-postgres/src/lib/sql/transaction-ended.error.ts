export const transactionEndedError = (): Error =>
  new Error('This transaction has ended; its executor can no longer be used');
