import type { KataContext } from './kataContext';

export async function kataReport(argv: readonly string[], ctx: KataContext): Promise<number> {
  void argv;
  ctx.err('kata: not built yet');
  return 2;
}
