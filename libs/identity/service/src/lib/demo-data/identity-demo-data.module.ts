import { Module } from '@nestjs/common';
import { IdentityDemoDataSeeder } from './identity-demo-data.seeder';

/**
 * Deliberately not global: Nest runs lifecycle hooks of global modules first, so by the time this
 * module's seeder runs the event-sourcing host has set up every projection and the handlers' catch-ups
 * find them.
 */
@Module({ providers: [IdentityDemoDataSeeder] })
export class IdentityDemoDataModule {}
