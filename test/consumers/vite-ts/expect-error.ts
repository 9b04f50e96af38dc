// Must not compile: the element's properties and events are typed for plain TypeScript too.
import 'news-timeline';

const timeline = document.createElement('news-timeline');
timeline.orientation = 'sideways';
