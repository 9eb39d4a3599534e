import type { KataContext } from './kataContext';

export async function kataReplay(argv: readonly string[], ctx: KataContext): Promise<number> {
  void argv;
  ctx.err('kata: not built yet');
  return 2;
}
