/**
 * Words that say nothing about what a statement is about, folded (no accents). English, Spanish and
 * French function words, plus the program's own vocabulary: every statement says "mentor",
 * "program" and "ALA", so sharing them is no reason to pair two people.
 */
const ENGLISH = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either else ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is it its itself
just let like ll may me might more most much must my myself no nor not now of off on once only or other our ours
ourselves out over own per re same shall she should since so some such than that the their theirs them themselves
then there these they this those through thus to too under until up upon us very via was we well were what when
where whether which while who whom whose why will with within without would yet you your yours yourself
yourselves s t d ve m etc eg ie dear sincerely regards yours truly please thank thanks would like want wish
one two three four five six seven eight nine ten many several various new also years year currently
speak speaks spoken work works worked working lead leads led hope help helps helped make made take taken
use used using get got able interested include includes including based area areas region regions field
fields experience experiences opportunity opportunities colleague colleagues learn learning share sharing`;

const SPANISH = `a al algo algunas algunos ante antes como con contra cual cuales cuando de del desde donde durante e el
ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estado estamos estan estar este esto estos
estoy fue fueron fui ha habia han has hasta hay he la las le les lo los mas me mi mis mucho muy ni no nos nosotros
o otra otras otro otros para pero poco por porque que quien quienes se sea ser si sido sin sobre son su sus tambien
te tengo tiene tienen todo todos tu tus un una unas uno unos y ya yo muchas gracias saludos atentamente estimados
estimado estimada quisiera gustaria puedo cada anos ano nuestra nuestro nuestros nuestras
vuestra mismo misma cuya cuyo area areas region regiones zona zonas trabajo trabaja trabajar experiencia hace
colega colegas aprender compartir hablo espanol ingles`;

const FRENCH = `a au aux avec ce ces cet cette dans de des du elle elles en et etaient etait etre eu il ils je la le les
leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ont ou par pas pour qu que qui sa se ses son sont
sur ta te tes toi ton tu un une vos votre vous y c j l n s plus tres aussi comme ai avons avez suis est sommes
cordialement madame monsieur merci souhaite souhaiterais voudrais ans annee annees depuis tout tous toutes
zone zones region regions domaine travaille travail experience collegue collegues apprendre partager parle
francais anglais`;

const PROGRAM = `ala irrt irc mentor mentors mentee mentees mentoring mentorship mentored program programme programs
pilot committee expression interest application apply applying participate participation participating
mentora mentoras mentores mentorado mentorada mentorados mentoradas programa mentore mentoree mentorees
tutorat parrainage participer participar candidature solicitud`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${SPANISH} ${FRENCH} ${PROGRAM}`.split(/\s+/).filter(Boolean));
