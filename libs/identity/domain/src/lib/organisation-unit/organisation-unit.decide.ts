import { accept, type Decider, type DomainError, domainError, reject } from '@qinqing/shared/domain-kernel';
import { normaliseLocalizedName } from '../common/localized-name';
import { isReferenceId } from '../common/reference-id';
import type { LocalizedName } from '../roles/role';
import {
  ORGANISATION_UNIT_KINDS,
  type OrganisationUnitEvent,
  type OrganisationUnitKind,
} from './organisation-unit.events';
import {
  evolveOrganisationUnit,
  initialOrganisationUnitState,
  type OrganisationUnitState,
} from './organisation-unit.state';

export interface CreateOrganisationUnit {
  readonly type: 'CreateOrganisationUnit';
  readonly unitId: string;
  readonly kind: OrganisationUnitKind;
  readonly name: LocalizedName;
  readonly createdBy: string;
}

export interface RenameOrganisationUnit {
  readonly type: 'RenameOrganisationUnit';
  readonly name: LocalizedName;
  readonly renamedBy: string;
}

export interface SetOrganisationUnitHotline {
  readonly type: 'SetOrganisationUnitHotline';
  /** Digits with optional spaces or hyphens (12345, 0574-8718 0000); empty removes the number. */
  readonly hotline: string;
  readonly setBy: string;
}

export type OrganisationUnitCommand =
  CreateOrganisationUnit | RenameOrganisationUnit | SetOrganisationUnitHotline;

/** A number a person dials: 3 to 20 digits, spaces and hyphens, starting and ending with a digit. */
const HOTLINE = /^\d(?:[\d -]{1,18}\d)?$/u;

const NAME_LIMITS = { zh: 60, en: 120 } as const;

const invalidName = (): DomainError =>
  domainError(
    'validation',
    'invalid-unit-name',
    {
      zh: `请填写中英文名称（中文不超过${NAME_LIMITS.zh}个字，英文不超过${NAME_LIMITS.en}个字符）`,
      en: `Enter the name in Chinese (at most ${NAME_LIMITS.zh} characters) and English (at most ${NAME_LIMITS.en})`,
    },
    'name',
  );

/**
 * An organisation unit (组织单元): the catalogue of departments, centres and receiving units that accounts
 * belong to and that requests are routed to. Ids are stable and chosen by the administrator.
 */
export const organisationUnitDecider: Decider<
  OrganisationUnitCommand,
  OrganisationUnitEvent,
  OrganisationUnitState
> = {
  initialState: initialOrganisationUnitState,
  evolve: evolveOrganisationUnit,
  decide: (command, state) => {
    const name =
      command.type === 'SetOrganisationUnitHotline'
        ? null
        : normaliseLocalizedName(command.name, NAME_LIMITS);
    if (command.type === 'CreateOrganisationUnit') {
      if (state.status === 'created') {
        return reject(
          domainError(
            'conflict',
            'unit-exists',
            { zh: '该编号的组织单元已存在', en: 'An organisation unit with this id already exists' },
            'unitId',
          ),
        );
      }
      if (!isReferenceId(command.unitId)) {
        return reject(
          domainError(
            'validation',
            'invalid-unit-id',
            {
              zh: '编号为3至64位小写字母、数字或“-”，以字母开头',
              en: 'An id has 3–64 lower-case letters, digits or “-”, starting with a letter',
            },
            'unitId',
          ),
        );
      }
      if (!(ORGANISATION_UNIT_KINDS as readonly string[]).includes(command.kind)) {
        return reject(
          domainError('validation', 'invalid-unit-kind', { zh: '类型无效', en: 'Unknown kind' }, 'kind'),
        );
      }
      if (name === null) return reject(invalidName());
      return accept({
        type: 'OrganisationUnitCreated',
        data: { unitId: command.unitId, kind: command.kind, name, createdBy: command.createdBy },
      });
    }
    if (state.status !== 'created') {
      return reject(
        domainError('not-found', 'unit-not-found', { zh: '组织单元不存在', en: 'No such organisation unit' }),
      );
    }
    if (command.type === 'SetOrganisationUnitHotline') {
      const hotline = command.hotline.trim();
      if (hotline !== '' && (!HOTLINE.test(hotline) || hotline.replace(/\D/gu, '').length < 3)) {
        return reject(
          domainError(
            'validation',
            'invalid-hotline',
            {
              zh: '服务电话只能包含数字、空格和“-”（3至20位，例如 12345 或 0574-87180000）',
              en: 'A hotline has digits, spaces and “-” only (3–20 characters, e.g. 12345 or 0574-87180000)',
            },
            'hotline',
          ),
        );
      }
      if (hotline === state.hotline) return accept();
      return accept({
        type: 'OrganisationUnitHotlineSet',
        data: { unitId: state.unitId, hotline, setBy: command.setBy },
      });
    }
    if (name === null) return reject(invalidName());
    if (name.zh === state.name.zh && name.en === state.name.en) return accept();
    return accept({
      type: 'OrganisationUnitRenamed',
      data: { unitId: state.unitId, name, renamedBy: command.renamedBy },
    });
  },
};
