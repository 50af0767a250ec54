// All interface copy, for pages built on the server. The words live in content/ui/*.json, one
// file per area, so that each island's script carries only the copy it uses.
import assessment from '../../content/ui/assessment.json' with { type: 'json' };
import checklist from '../../content/ui/checklist.json' with { type: 'json' };
import checklistPage from '../../content/ui/checklist-page.json' with { type: 'json' };
import chrome from '../../content/ui/chrome.json' with { type: 'json' };
import common from '../../content/ui/common.json' with { type: 'json' };
import compare from '../../content/ui/compare.json' with { type: 'json' };
import comparePage from '../../content/ui/compare-page.json' with { type: 'json' };
import compareResults from '../../content/ui/compare-results.json' with { type: 'json' };
import importer from '../../content/ui/importer.json' with { type: 'json' };
import pages from '../../content/ui/pages.json' with { type: 'json' };
import pickerPanel from '../../content/ui/picker-panel.json' with { type: 'json' };
import storage from '../../content/ui/storage.json' with { type: 'json' };

export const ui = {
  ...common,
  ...assessment,
  ...checklist,
  ...compare,
  ...pages,
  ...storage,
  ...importer,
  // Page chrome only the server renders lives apart, so islands never carry it.
  ...chrome,
  site: { ...common.site, ...chrome.site },
  // One "compare" group for pages, though the compare island loads most of it only once there are files.
  compare: { ...comparePage.comparePage, ...compare.compare, ...compareResults.compareResults },
  // One "checklist" group for pages, though the checklist island loads most of it only with an assessment.
  checklist: { ...checklist.checklist, ...checklistPage.checklistPage },
  // One "picker" group for pages, though islands load the panel's words only when it opens.
  picker: { ...common.picker, ...pickerPanel.pickerPanel },
};
