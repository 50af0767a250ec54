// The single-file edition's one classic script: it mounts the same widgets the site hydrates,
// and sends links between chapters to their place in this one file.
import { h, render, type ComponentType } from 'preact';
import AssessmentForm from '../assessment/AssessmentForm.tsx';
import ChecklistApp from '../checklist/ChecklistApp.tsx';
import CompareApp from '../compare/CompareApp.tsx';
import { mountStepProgress } from '../../components/step-progress.ts';
import { mountPrintButtons } from '../../components/print-button.ts';
import { markContentsLocation } from './contents-location.ts';
import type { WidgetName } from '../common/widget-names.ts';

/** Every widget <Widget> names, by that name. */
const WIDGETS: Record<WidgetName, ComponentType<never>> = {
  assessment: AssessmentForm as ComponentType<never>,
  checklist: ChecklistApp as ComponentType<never>,
  compare: CompareApp as ComponentType<never>,
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

// Each widget's element holds its built HTML and its props as JSON, both written by <Widget>.
for (const element of document.querySelectorAll<HTMLElement>('[data-widget]')) {
  const widget = WIDGETS[element.dataset.widget as WidgetName];
  const props = element.querySelector(':scope > script[data-widget-props]')?.textContent;
  if (!widget || !props) continue;
  element.replaceChildren();
  render(h(widget, JSON.parse(props) as never), element);
}
void mountStepProgress();
mountPrintButtons();
markContentsLocation();

// Widgets link to site paths such as /steps/1-shared-goals/#s1-political-sponsor.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href^="/"]');
  if (!link || (event as MouseEvent).button !== 0 || event.defaultPrevented) return;
  const target = anchorFor(link.getAttribute('href')!);
  if (!target) return;
  event.preventDefault();
  location.hash = target;
});

// The Print buttons (checklist, compare, the blank checklist) call window.print(). Here that would print the
// whole guide, so a print started from a page prints that page only: the page is marked until
// printing ends, and the file's CSS hides the others. Printing from the browser's menu, with no
// button pressed, still prints everything.
let pressed: Element | null = null;
document.addEventListener('click', (event) => (pressed = event.target as Element | null), true);
const printAll = window.print.bind(window);
window.print = () => {
  const page = pressed?.closest?.('.single-file__page');
  pressed = null;
  page?.setAttribute('data-printing', '');
  printAll();
};
window.addEventListener('afterprint', () => document.querySelectorAll('[data-printing]').forEach((page) => page.removeAttribute('data-printing')));
