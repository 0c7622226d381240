import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DEFAULT_INFRASTRUCTURE_PATHS, type IdentityOptions } from '../identity.options';
import { IDENTITY_OPTIONS } from '../identity.tokens';
import { ACCESS_METADATA } from './access.decorators';

const joinPath = (...parts: unknown[]): string =>
  `/${parts
    .flatMap((p) => (Array.isArray(p) ? p : [p]))
    .filter((p): p is string => typeof p === 'string' && p !== '' && p !== '/')
    .map((p) => p.replace(/^\/+|\/+$/gu, ''))
    .join('/')}`;

/**
 * Lists, once at start, every route that declares neither @Allow nor @Public. The guard refuses them
 * anyway; this makes the omission visible before anyone calls the route.
 */
@Injectable()
export class AccessDeclarationAudit implements OnApplicationBootstrap {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = this.undeclaredRoutes();
    if (undeclared.length > 0) {
      this.logger.warn(`Routes without @Allow or @Public are refused with 403: ${undeclared.join(', ')}`);
    }
  }

  undeclaredRoutes(): string[] {
    const infrastructure = new Set(this.options.infrastructurePaths ?? DEFAULT_INFRASTRUCTURE_PATHS);
    const found: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (instance === null || typeof instance !== 'object' || metatype === null) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      const classDeclared = this.reflector.get(ACCESS_METADATA, metatype) !== undefined;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[method];
        if (typeof handler !== 'function') continue;
        const methodPath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPath === undefined) continue;
        if (classDeclared || this.reflector.get(ACCESS_METADATA, handler) !== undefined) continue;
        const path = joinPath(Reflect.getMetadata(PATH_METADATA, metatype), methodPath);
        if (!infrastructure.has(path)) found.push(`${metatype.name}.${method} (${path})`);
      }
    }
    return found;
  }
}
