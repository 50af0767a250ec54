// The single-file edition's one classic script: it mounts the same widgets the site hydrates,
// and sends links between chapters to their place in this one file.
import { h, render, type ComponentType } from 'preact';
import AssessmentForm from '../assessment/AssessmentForm.tsx';
import ChecklistApp from '../checklist/ChecklistApp.tsx';
import CompareApp from '../compare/CompareApp.tsx';
import { mountStepProgress } from '../../components/step-progress.ts';

const WIDGETS: Record<string, ComponentType<never>> = {
  AssessmentForm: AssessmentForm as ComponentType<never>,
  ChecklistApp: ChecklistApp as ComponentType<never>,
  CompareApp: CompareApp as ComponentType<never>,
};

/** Site paths to the ids of their sections in this file, written in by the build. */
const pages = JSON.parse(document.getElementById('single-file-pages')?.textContent ?? '{}') as Record<string, string>;

/** Where a site link points in this file: its section, or an element inside it. */
function anchorFor(href: string): string | undefined {
  const url = new URL(href, 'https://site.invalid/');
  if (url.origin !== 'https://site.invalid') return undefined;
  const page = pages[url.pathname];
  if (!page) return undefined;
  const id = decodeURIComponent(url.hash.slice(1));
  if (!id) return page;
  return document.getElementById(id) ? id : `${page}--${id}`;
}

for (const element of document.querySelectorAll<HTMLElement>('[data-widget]')) {
  const widget = WIDGETS[element.dataset.widget ?? ''];
  if (!widget) continue;
  const props = JSON.parse(element.dataset.props ?? '{}') as object;
  element.replaceChildren();
  render(h(widget, props as never), element);
}
mountStepProgress();

// Widgets link to site paths such as /steps/1-shared-goals/#s1-political-sponsor.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href^="/"]');
  if (!link || (event as MouseEvent).button !== 0 || event.defaultPrevented) return;
  const target = anchorFor(link.getAttribute('href')!);
  if (!target) return;
  event.preventDefault();
  location.hash = target;
});
