/**
 * Common Chinese surnames (general knowledge, not drawn from any corpus), used by the byline,
 * title and list rules to accept a 2–3 character name only when it starts like a name.
 */
const SINGLE = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由恽'
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '尉迟', '长孙', '宇文', '公孙', '夏侯', '澹台', '司徒', '端木', '西门', '南宫', '独孤', '轩辕']

const singleSet = new Set<number>([...SINGLE].map((c) => c.charCodeAt(0)))
// First character → second characters of compound surnames starting with it (checked per character of a page).
const compoundNext = new Map<number, Set<number>>()
for (const c of COMPOUND) {
  const first = c.charCodeAt(0)
  const set = compoundNext.get(first) ?? new Set<number>()
  set.add(c.charCodeAt(1))
  compoundNext.set(first, set)
}

/** Length of the surname at text[i] (2 for a compound surname, 1 for a single one), or 0. */
export function surnameLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  const next = compoundNext.get(c)
  if (next !== undefined && next.has(text.charCodeAt(i + 1))) return 2
  return singleSet.has(c) ? 1 : 0
}

/** True for a CJK unified ideograph (the characters a Chinese given name is written in). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}
