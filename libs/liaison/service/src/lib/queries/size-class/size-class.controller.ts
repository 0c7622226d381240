import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@qinqing/identity/access';
import { type SizeClassAnswer, sizeClassQuery, type SizeClassQuery } from '@qinqing/liaison/contracts';
import { classifySize } from '@qinqing/liaison/domain';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, ZodQuery } from '@qinqing/shared/nest-platform';

/**
 * 《统计上大中小微型企业划分办法（2017）》 as a public calculator: anyone (an enterprise at the kiosk, another
 * context) may ask; it reads nothing stored, so it returns nothing about anyone.
 */
@ApiTags('enterprises')
@Controller('enterprises')
export class SizeClassController {
  @Get('size-class')
  @Public()
  @ApiOperation({
    summary: 'Size class (large/medium/small/micro) of a GB/T 4754-2017 industry code and indicators (万元)',
  })
  @ApiZodQuery(sizeClassQuery)
  sizeClass(@ZodQuery(sizeClassQuery) query: SizeClassQuery): SizeClassAnswer {
    const answer = classifySize(query.industry, {
      ...(query.employees === undefined ? {} : { employees: query.employees }),
      ...(query.revenue === undefined ? {} : { revenue: query.revenue }),
      ...(query.assets === undefined ? {} : { assets: query.assets }),
    });
    if (!answer.ok) throw new DomainRejectionError(answer.error);
    return { size: answer.size, industryGroup: answer.industryGroup };
  }
}
