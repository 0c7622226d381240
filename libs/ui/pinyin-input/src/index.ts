export * from './lib/domain-words';
export * from './lib/pinyin-lookup';
