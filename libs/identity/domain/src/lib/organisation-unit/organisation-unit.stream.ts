/** The one place an organisation unit's stream id is made. */
export const organisationUnitStreamId = (unitId: string): string => `identity-organisation-unit-${unitId}`;
