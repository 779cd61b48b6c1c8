import {checkPageAccessibility} from './page-checks';

// Every page type of the site, one line each: axe in each reading mode, the
// skip link, a 375px phone and print (see checkPageAccessibility).
checkPageAccessibility('/', 'home');
checkPageAccessibility('/procedures/child-abuse-and-ict', 'chapter');
checkPageAccessibility('/procedures/part/specific-circumstances', 'part');
checkPageAccessibility('/procedures/child-abuse-and-ict/history', 'history');
checkPageAccessibility('/procedures/child-abuse-and-ict/v1', 'version');
checkPageAccessibility('/procedures/child-abuse-and-ict/compare?from=1&to=2', 'compare');
checkPageAccessibility('/procedures/child-protection-register', 'withdrawn');
checkPageAccessibility('/amendments', 'amendments');
checkPageAccessibility('/point-in-time?date=2009-01-15&chapter=child-abuse-and-ict', 'point-in-time');
checkPageAccessibility('/search?q=grooming', 'search');
checkPageAccessibility('/glossary', 'glossary');
checkPageAccessibility('/procedures/referrals', 'chapter-with-diagram');
checkPageAccessibility('/offline', 'offline');
