import { applyDecorators, Body, Query } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from './validation';

/** The OpenAPI 3.0 JSON schema of a zod schema, so docs and validation never drift apart. */
export const openApiSchema = (schema: z.ZodType): Record<string, unknown> =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;

/** Documents the request body in OpenAPI (apply to the method). */
export const ApiZodBody = (schema: z.ZodType, description?: string): MethodDecorator =>
  applyDecorators(
    ApiBody({ schema: openApiSchema(schema), ...(description === undefined ? {} : { description }) }),
  );

/** Validated body parameter. */
export const ZodBody = (schema: z.ZodType): ParameterDecorator => Body(new ZodValidationPipe(schema, 'body'));

/** Validated query parameters. */
export const ZodQuery = (schema: z.ZodType): ParameterDecorator =>
  Query(new ZodValidationPipe(schema, 'query'));

/** Documents each query parameter of an object schema in OpenAPI. */
export const ApiZodQuery = (schema: z.ZodObject): MethodDecorator => {
  const json = openApiSchema(schema) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property }),
    ),
  );
};
