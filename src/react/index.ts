// `news-timeline/react`: a React component for <news-timeline> made with @lit/react, and
// (through ./jsx.js) the JSX types of the bare tag. Importing it registers the element.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  NewsTimeline as NewsTimelineElement,
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineSelectEvent,
  TimelineUpdateEvent,
  TimelineViewChangeEvent,
} from '../index.js';

export type { NewsTimelineJSXProps } from './jsx.js';

/**
 * `<NewsTimeline data={doc} locale="en-GB" onTimelineSelect={…} />`: every property of the
 * element is a prop (objects such as `data` and `strings` are set as properties), and each
 * event has a typed `onTimeline…` handler.
 */
export const NewsTimeline = createComponent({
  tagName: 'news-timeline',
  elementClass: NewsTimelineElement,
  react: React,
  events: {
    onTimelineSelect: TimelineSelectEvent.eventName as EventName<TimelineSelectEvent>,
    onTimelineViewChange: TimelineViewChangeEvent.eventName as EventName<TimelineViewChangeEvent>,
    onTimelineLoad: TimelineLoadEvent.eventName as EventName<TimelineLoadEvent>,
    onTimelineError: TimelineErrorEvent.eventName as EventName<TimelineErrorEvent>,
    onTimelineUpdate: TimelineUpdateEvent.eventName as EventName<TimelineUpdateEvent>,
  },
  displayName: 'NewsTimeline',
});
