import { ENTERPRISE_TAGS, type EnterpriseCommand } from '@qinqing/liaison/domain';
import { creditCodeOf } from '../zhejiang-enterprises';

const CITIES = ['宁波', '杭州', '温州', '嘉兴', '湖州', '绍兴', '金华', '台州'];
const TRADES = ['智能', '纺织', '物流', '软件', '餐饮', '建设', '生物', '商贸'];
const INDUSTRIES = ['C3491', 'C1751', 'G5438', 'I6513', 'H6210', 'E4790', 'C2761', 'F5191'];

export interface ScaleEnterprise {
  readonly creditCode: string;
  readonly name: string;
  readonly contactPhone: string;
}

/** The `n`-th generated enterprise (the same every run). */
export const scaleEnterprise = (counties: readonly string[], n: number): ScaleEnterprise => ({
  creditCode: creditCodeOf(counties[n % counties.length] as string, n),
  name: `${CITIES[n % 8]}${TRADES[Math.floor(n / 8) % 8]}${n}有限公司`,
  contactPhone: `139${String(n % 100_000_000).padStart(8, '0')}`,
});

/** The directory's registration of the `n`-th enterprise, as the import's decider receives it. */
export const registerCommand = (counties: readonly string[], n: number): EnterpriseCommand => {
  const enterprise = scaleEnterprise(counties, n);
  return {
    type: 'RegisterEnterprise',
    creditCode: enterprise.creditCode,
    details: {
      name: enterprise.name,
      industry: INDUSTRIES[n % INDUSTRIES.length] as string,
      employees: 5 + (n % 1_900),
      revenue: 100 + (n % 40_000),
      assets: 200 + (n % 30_000),
      chambers: n % 5 === 0 ? ['宁波市总商会'] : [],
      tags:
        n % 7 === 0 ? [ENTERPRISE_TAGS[n % ENTERPRISE_TAGS.length] as (typeof ENTERPRISE_TAGS)[number]] : [],
      contactPhone: enterprise.contactPhone,
    },
    by: { actorId: 'bench-scale-admin', role: 'administrator' },
  };
};
