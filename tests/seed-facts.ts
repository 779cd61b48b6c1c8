/**
 * Facts of chapter 4.4 as the board published it (the seed): the sample
 * manual must keep them, and the tests of its pages check them.
 */
export const ICT_SECTION_HEADINGS = [
  'The Internet',
  'The Impact on the Child',
  'Child Abuse and the Adult',
  'Referral and Strategy Discussion',
  'Outcome of the Child Protection Assessment',
  'Further Information',
];
