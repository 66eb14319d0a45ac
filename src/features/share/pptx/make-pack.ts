// The one module the briefing pack loads on click: the planner and the writer together (with pptxgenjs).
import { planBriefingPack } from '../../../domain/briefing-pack';
import type { BriefingPackInput } from '../../../domain/briefing-pack';
import { renderBriefingPack } from './write-pptx';

export async function makeBriefingPack(input: BriefingPackInput): Promise<{ blob: Blob; slides: number }> {
  const plan = planBriefingPack(input);
  const blob = (await renderBriefingPack(plan, 'blob')) as Blob;
  return { blob, slides: plan.slides.length };
}
