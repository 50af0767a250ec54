// The components chapter authors use in MDX, passed to every chapter so no imports are needed.
// Internal page chrome lives in src/components; these are the authoring vocabulary.
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import ForRole from './ForRole.astro';
import KeyFigure from './KeyFigure.astro';
import KeyFigures from './KeyFigures.astro';
import Link from './Link.astro';
import PhaseQuestions from './PhaseQuestions.astro';
import PublicationNotice from './PublicationNotice.astro';
import QuestionLinks from './QuestionLinks.astro';
import Quote from './Quote.astro';
import RoleActions from './RoleActions.astro';
import SiteContact from './SiteContact.astro';
import SitePublisher from './SitePublisher.astro';
import StartCheck from './StartCheck.astro';
import StepList from './StepList.astro';
import TaskList from './TaskList.astro';
import TestedOn from './TestedOn.astro';
import Timeline from './Timeline.astro';
import TimelineEvent from './TimelineEvent.astro';
import StepAssessment from '../../widgets/assessment/StepAssessment.astro';

export const authoringComponents = {
  a: Link,
  Callout,
  Cite,
  ForRole,
  KeyFigure,
  KeyFigures,
  PhaseQuestions,
  PublicationNotice,
  QuestionLinks,
  Quote,
  RoleActions,
  SiteContact,
  SitePublisher,
  StartCheck,
  StepAssessment,
  StepList,
  TaskList,
  TestedOn,
  Timeline,
  TimelineEvent,
};
