import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/** A jurisdiction adopted a catalogue version and chose which of its lists apply there. */
export type NegativeListVersionAdopted = DomainEvent<
  'NegativeListVersionAdopted',
  {
    readonly jurisdiction: string;
    readonly version: string;
    readonly listIds: readonly string[];
    readonly reason: string;
    readonly adoptedBy: string;
    readonly adoptedAt: string;
  }
>;

export type NegativeListAdoptionEvent = NegativeListVersionAdopted;
