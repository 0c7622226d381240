import { Controller, Get, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { changeLiaisonSettingsBody, type ChangeLiaisonSettingsBody } from '@qinqing/liaison/contracts';
import { LIAISON_RULES, LIAISON_SETTING_NAMES, type LiaisonSettings } from '@qinqing/liaison/domain';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { staffIdOf } from '../application/liaison-access';
import { LiaisonSettingsService } from '../application/liaison-settings.service';

export interface LiaisonSettingsAnswer {
  readonly settings: LiaisonSettings;
  /** Each setting in words with the rule and source it comes from, for the admin screen. */
  readonly explained: readonly {
    readonly setting: keyof typeof LIAISON_SETTING_NAMES;
    readonly name: { readonly zh: string; readonly en: string };
    readonly source: { readonly zh: string; readonly en: string };
  }[];
}

const answer = (settings: LiaisonSettings): LiaisonSettingsAnswer => ({
  settings,
  explained: [
    {
      setting: 'minPairingsPerOfficial',
      name: LIAISON_SETTING_NAMES.minPairingsPerOfficial,
      source: LIAISON_RULES['pairings-per-official'].source,
    },
    {
      setting: 'maxPairingsPerOfficial',
      name: LIAISON_SETTING_NAMES.maxPairingsPerOfficial,
      source: LIAISON_RULES['pairings-per-official'].source,
    },
    {
      setting: 'visitsPerYear',
      name: LIAISON_SETTING_NAMES.visitsPerYear,
      source: LIAISON_RULES['visit-quota'].source,
    },
  ],
});

/** The jurisdiction's liaison settings: read by those who work with them, changed by an administrator. */
@ApiTags('liaison')
@Controller('liaison/settings')
export class LiaisonSettingsController {
  constructor(private readonly settings: LiaisonSettingsService) {}

  @Get()
  @Allow('administrator', 'supervisor', 'leading-official', 'discipline-inspector')
  @ApiOperation({ summary: 'The liaison settings in force (pairings per official, visits due a year)' })
  async current(): Promise<LiaisonSettingsAnswer> {
    return answer(await this.settings.current());
  }

  @Put()
  @Allow('administrator')
  @ApiOperation({
    summary: 'Change the settings: a preset (hengkou, qingdao) or numbers of one’s own, with a reason',
  })
  @ApiZodBody(changeLiaisonSettingsBody)
  async change(
    @ZodBody(changeLiaisonSettingsBody) body: ChangeLiaisonSettingsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<LiaisonSettingsAnswer> {
    const settings = await this.settings.change(
      body.settings,
      body.reason,
      staffIdOf(actor),
      commandMetadataFor(request, actor, 'liaison-settings'),
    );
    return answer(settings);
  }
}
