/** Injection tokens of the event-sourcing infrastructure; the values behind them depend on configuration. */
export const SQL_DATABASE = Symbol('SqlDatabase');
export const EVENT_STORE = Symbol('EventStore');
export const CHECKPOINT_STORE = Symbol('CheckpointStore');
export const CONSUMER_INBOX = Symbol('ConsumerInbox');
export const CLOCK = Symbol('Clock');
export const ID_GENERATOR = Symbol('IdGenerator');
export const UPCASTERS = Symbol('UpcasterRegistry');
export const COMMAND_HANDLER = Symbol('CommandHandler');
/** The `FieldSeal` for fields of public events only the platform's services may read. */
export const FIELD_SEAL = Symbol('FieldSeal');
/** The replicas' turn to create their tables at start (`startupLockFor`); released once the host has started. */
export const STARTUP_LOCK = Symbol('StartupLock');
