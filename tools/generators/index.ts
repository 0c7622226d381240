/** The workspace's Nx generators (`nx g @qinqing/tools:<generator>`, see tools/generators.json). */
export { contextGenerator, type ContextGeneratorOptions } from './context/context.generator';
