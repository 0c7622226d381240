import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@qinqing/identity/access';
import type { HallDisplay } from '@qinqing/service-centre/domain';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import type { Request, Response } from 'express';
import { centreOf } from './queue-access';
import { QueueHub } from './queue-hub';

/** A comment line this often keeps proxies (the gateway's upstream timeout, 30 s by default) from closing the stream. */
export const DISPLAY_HEARTBEAT_MS = 15_000;

export interface HallDisplayAnswer extends HallDisplay {
  readonly centre: { readonly zh: string; readonly en: string };
}

/**
 * The hall display (叫号屏) of a centre, for the TV at /display/<centre>: now calling, next, waiting and the
 * estimated wait — ticket numbers and counters only, nothing personal, so it is public. `events` is a stream of
 * server-sent events: the state at once, then every change as it happens.
 */
@ApiTags('service-centre')
@Controller('service-centre/queue/display/:centreId')
export class DisplayController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly hub: QueueHub,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The hall display of a centre now (ticket numbers only)' })
  async display(@Param('centreId') centreId: string): Promise<HallDisplayAnswer> {
    const centre = await centreOf(this.db, centreId);
    return { ...(await this.hub.display(centreId)), centre: centre.name };
  }

  @Get('events')
  @Public()
  @ApiOperation({ summary: 'The hall display as server-sent events (`display`), pushed on every call' })
  async events(
    @Param('centreId') centreId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const centre = await centreOf(this.db, centreId);
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    // No caching and no buffering by a proxy in between (nginx honours X-Accel-Buffering).
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    const send = (display: HallDisplay) =>
      response.write(`event: display\ndata: ${JSON.stringify({ ...display, centre: centre.name })}\n\n`);
    // Reconnect after 2 s when the connection drops.
    response.write('retry: 2000\n\n');
    const unsubscribe = this.hub.subscribe(centreId, send);
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), DISPLAY_HEARTBEAT_MS);
    heartbeat.unref();
    request.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    send(await this.hub.display(centreId));
  }
}
