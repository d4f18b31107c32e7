// Freelancers and agencies as the applicants this job is open to, or refused: read by the
// engagement decision (who may take the job) and by the skills (applicants are not a team to manage).
// Freelancers asked to apply ("Freelancers and small agencies are welcome", "نرحب بالمستقلين",
// "مرحباً بالمستقلين")
// make the job freelance; refused ("we are not looking for agencies or freelancers", "لا نقبل
// الوكالات أو المستقلين") they leave a post on the staff.
/** A cheap first look: FREELANCERS_WANTED can only match where one of these words is. */
export const MENTIONS_FREELANCERS = /freelanc|contractor|agenc|مستقل|فريلانسر|وكالات/;
export const FREELANCERS_WANTED =
  /\b(?:(?:small |independent )?(?:agencies|freelancers?|contractors) (?:and|or|&) (?:small |independent )?)?(?:freelancers?|contractors|agencies) (?:are |is )?(?:(?:very |also |more than |always )?welcome|encouraged to apply|invited to apply|can apply|may apply)\b|\b(?:looking for|accept|accepting|open to|welcome|welcoming) (?:(?:small |independent )?(?:agencies|agency) (?:or|and|&) )?(?:freelancers?|contractors|freelance applicants)\b|(?:^|\s)(?:نرحب|ونرحب|نقبل|يمكن|بامكان|مرحبا|اهلا)\s?(?:ب|لل)?(?:ال)?(?:وكالات (?:او|و)\s?(?:ال)?)?(?:مستقلين|فريلانسر\S*)/;
