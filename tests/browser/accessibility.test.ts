import {checkPageAccessibility} from './page-checks';

// Every page type of the site, one line each: axe in each reading mode, the
// skip link, a 375px phone and print (see checkPageAccessibility).
checkPageAccessibility('/', 'home');
checkPageAccessibility('/procedures/child-abuse-and-ict', 'chapter');
checkPageAccessibility('/procedures/part/specific-circumstances', 'part');
