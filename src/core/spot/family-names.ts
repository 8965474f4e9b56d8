/**
 * Family-name-first naming (Chinese, Korean): "Xi Jinping" is later "Xi", "Lee Jae-myung" is later
 * "Lee". Used by the surname derivation in compile.ts for people related to these countries or with
 * a zh/ko alias. Japanese names are usually given-first in the press, Vietnamese later mentions use
 * the last word ("Pham Minh Chinh" → "Chinh"), Hungarian names are given-first in English (compile.ts
 * lists a Hungarian's name in Hungarian order too, "Orbán Viktor"): none here.
 */

/** countries whose people's names are written family name first */
export const FAMILY_FIRST_COUNTRIES: ReadonlySet<string> = new Set([
  'gloss:country:cn',
  'gloss:country:tw',
  'gloss:country:hk',
  'gloss:country:mo',
  'gloss:country:kr',
  'gloss:country:kp',
]);

/** alias languages (primary subtag) whose names are written family name first */
export const FAMILY_FIRST_LANGS: ReadonlySet<string> = new Set(['zh', 'ko']);

/**
 * Common romanised Chinese (pinyin, Wade-Giles, Cantonese) and Korean family names, as written.
 * A name of such a person takes as surname its first word found here, so Western-order names
 * ("Jensen Huang", "Jimmy Lai", "John Lee Ka-chiu") still give the family name; a name with none
 * ("Marco Polo", "Dalai Lama") keeps the last-word rule. Given-name syllables that are also rare
 * family names ("Yi", "Jun", "Jian", "Do") are left out on purpose.
 */
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  // Chinese, pinyin
  'Ai', 'Bai', 'Bo', 'Cai', 'Cao', 'Chen', 'Cheng', 'Cui', 'Dai', 'Deng', 'Ding', 'Dong', 'Du', 'Duan', 'Fan', 'Fang', 'Feng', 'Fu',
  'Gao', 'Gong', 'Gu', 'Guo', 'Hao', 'He', 'Hou', 'Hu', 'Huang', 'Jia', 'Jiang', 'Jin', 'Kong', 'Lei', 'Li', 'Liang', 'Liao', 'Lin',
  'Liu', 'Lu', 'Luo', 'Lü', 'Ma', 'Mao', 'Meng', 'Mo', 'Pan', 'Peng', 'Qian', 'Qin', 'Qiu', 'Ren', 'Shen', 'Shi', 'Song', 'Su', 'Sun',
  'Tan', 'Tang', 'Tian', 'Wan', 'Wang', 'Wei', 'Wen', 'Wu', 'Xi', 'Xia', 'Xiao', 'Xie', 'Xiong', 'Xu', 'Xue', 'Yan', 'Yang', 'Yao',
  'Ye', 'Yin', 'Yu', 'Yuan', 'Zeng', 'Zhang', 'Zhao', 'Zheng', 'Zhong', 'Zhou', 'Zhu',
  // Chinese, Wade-Giles (Taiwan) and Cantonese (Hong Kong, Macau)
  'Chan', 'Chang', 'Chao', 'Cheung', 'Chiang', 'Chin', 'Chou', 'Chow', 'Chu', 'Chung', 'Fung', 'Ho', 'Hsiao', 'Hsieh', 'Hsu', 'Hui',
  'Ko', 'Kuo', 'Kwan', 'Kwok', 'Lai', 'Lam', 'Lau', 'Leung', 'Lien', 'Lo', 'Mak', 'Ng', 'Shih', 'Soong', 'Tam', 'Tsai', 'Tsang',
  'Tse', 'Tung', 'Wong', 'Yeh', 'Yeung', 'Yip',
  // Korean
  'Ahn', 'Bae', 'Baek', 'Ban', 'Byun', 'Cha', 'Chae', 'Cho', 'Choe', 'Choi', 'Choo', 'Chun', 'Ha', 'Han', 'Heo', 'Hong', 'Hwang',
  'Im', 'Jang', 'Jeon', 'Jeong', 'Jo', 'Joo', 'Jung', 'Kang', 'Kim', 'Kwak', 'Kwon', 'Lee', 'Lim', 'Moon', 'Mun', 'Nam', 'Noh',
  'Oh', 'Pak', 'Park', 'Pyo', 'Rhee', 'Ri', 'Roh', 'Ryu', 'Seo', 'Shin', 'Son', 'Sung', 'Uhm', 'Won', 'Woo', 'Yeo', 'Yoo', 'Yoon', 'Yun',
]);
