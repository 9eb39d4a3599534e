import { translator } from '../../reporters/language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

/** The `kata` command's own words (locales/<lang>.json) in the current language. */
export const t = translator('kata', { en, 'zh-CN': zhCN });
