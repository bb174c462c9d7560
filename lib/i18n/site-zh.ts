/** Server-only words in Simplified Chinese (简体中文): metadata, the About page, the 404 page, the social cards. */
import type { SiteSource } from './site-en';
import type { CatalogueOf } from './translate';

export const siteZh: CatalogueOf<SiteSource> = {
  'meta.siteDescription':
    '有关中国辽宁、吉林两省朝鲜工人的公开报道地图，每篇均注明出处：报道涉及哪些地方、哪些行业、何种状况。',
  'meta.titleTemplate': '{title} — {site}',
  'meta.homeDescription':
    '{count}篇有关中国辽宁、吉林两省朝鲜工人的公开报道，均注明出处，按行业和所报状况分类，标注在两省23个地级行政区的地图上。',
  'meta.homeImageAlt': '辽宁和吉林：各行业的报道',
  'meta.regionDescription': { other: '有关{where}（{names}）朝鲜工人的{count}篇有出处的报道。按行业：{sectors}。' },
  'meta.whereProvince': '{name}省',
  'meta.wherePrefecture': '{province}{name}',
  'meta.sectorCount': '{sector}{count}篇',
  'meta.noneYet': '暂无',
  'meta.regionImageAlt': '{names}：各行业的报道',
  'meta.aboutTitle': '关于数据',
  'meta.aboutDescription': '有关辽宁、吉林朝鲜工人的报道是如何收集、核实、定位、标注日期和分类的，以及在哪里下载。',

  'notFound.metaTitle': '找不到页面',
  'notFound.title': '此页面不存在',
  'notFound.body': '链接可能有误，或其所指的地区不在本地图涵盖的25个地区之中。',
  'notFound.back': '返回辽宁、吉林地图',

  'about.back': '← 返回地图',
  'about.title': '关于数据',
  'about.intro':
    '本地图收集了{outlets}家媒体有关中国辽宁、吉林两省朝鲜工人的{reports}篇公开报道，每篇均注明出处。2017年联合国制裁要求遣返这些工人，但他们此后仍在餐馆、服装厂、水产加工厂和组装厂工作。每篇报道都链接到其来源；摘要由本站撰写。',
  'about.languageNote': '报道摘要、来源说明和事件描述为英文；标题以原文显示，如有英文译名则一并列出。',
  'about.placingHeading': '报道如何定位和标注日期',
  'about.placingPin': '地点的精确程度绝不超过来源所给。只提到省份的报道没有图钉，计入省份的标签。',
  'about.placingInferred': '根据公司名称、图片说明或顺带提及推断出的地点，均标为“推断”。',
  'about.placingDates':
    '日期保留来源所给的精度；推断的日期会注明。来源只给出时间上下限的报道以日期范围标注（“2016年7月至2018年1月之间”）：时间范围与所选时段重叠即显示，超出时段的部分标为不确定；比较只在某一时期完全包含该范围时才计入，并说明有多少篇跨越两个时期。日期不详的报道列在时间图表下方。',
  'about.placingConflicts': '相互矛盾的数字（丹东的工人数量从5,000到80,000不等）分列于不同报道，从不合并。',
  'about.placingSectors':
    '每篇报道标注其写明的所有行业。“其他”是上述行业以外、写明具体工作的劳动（煤矿、农场劳动、皮革和假发加工、船员等）。“行业未说明”收录关于劳工整体或信息来源未说明具体工作的报道，以灰色而非行业颜色显示，且不与其他行业同时标注。这些报道过去也归在“其他”之下；指向“其他”的链接现在只显示写明具体工作的劳动。',
  'about.placingConfidence':
    '“我们如何得知”说明报道的信息从何而来（匿名消息人士、现场报道、官方文件、转载），而不说明报道是否属实。',
  'about.placingVia': '标有“经由”的链接指向原始媒体文章的镜像或转载。',
  'about.labelsHeading': '我们如何得知：分类',
  'about.labelsIntro':
    '每篇报道都有一个说明其信息来源的分类。它不说明报道是否属实，而是告诉您需要核实什么。在地图上，媒体自己的报道显示为实心标记，转载和转述他人报道的显示为淡色标记，两个或以上相互独立的信源（转述他人报道的媒体、同一出版方的其他媒体不另计）报道的事件带有外环（{events}个事件关联了{linked}篇报道）。',
  'about.labelsCaption': '按“我们如何得知”分类的报道数',
  'about.labelsLabel': '分类',
  'about.labelsReports': '报道',
  'about.labelsMeaning': '含义',
  'about.secondary': '（二手）',
  'about.noneHeading': '未找到报道的地区',
  'about.noneBody':
    '23个地级行政区中有{count}个没有报道：{names}。每个地区都用至少两种语言搜索了至少三次，均未找到；搜索记录列在数据中（{file}）。“未找到报道”不等于“没有工人”。',
  'about.downloadsHeading': '下载',
  'about.downloadCsv': '每篇报道的每个地点一行（UTF-8，可用Excel打开）',
  'about.downloadJson': '经过验证的记录',
  'about.downloadGeojson': '每个地点一个点，附其精度',
  'about.downloadReferences':
    '每篇报道的参考文献格式（BibTeX、RIS、CSL-JSON），引用原始媒体，并在附注中给出本站的记录及其链接；数据集版本 {version}',
  'about.downloadRegions': '两省和23个地级行政区',
  'about.mapHeading': '地图数据',
  'about.mapBody':
    '边界来自Apache ECharts 4.9.0（由GCJ-02坐标系转换为WGS84），国家和陆地来自Natural Earth，地点来自GeoNames（CC BY 4.0）。边界为近似，不具权威性。包括字体在内的所有内容均由本站提供：您的浏览不会传到任何第三方。',

  'og.kicker': '在华朝鲜工人',
  'og.bothProvinces': '辽宁和吉林',
  'og.province': '中国省份',
  'og.prefecture': '{province}的地级行政区',
  'og.overview': '2个省，23个地级行政区',
  'og.count': { other: '{count}篇有出处的报道，按行业' },
  'og.footer': '{host} · 每篇报道都链接到来源',
  'report.back': '← 返回地图',
  'report.record': '报道记录 {id}',
  'report.translation': '英文译名（我们的翻译）：“{title}”',
  'report.mapAlt': '{places}地图',
  'report.placesHeading': '地点',
  'report.tagsHeading': '行业与状况',
  'report.sectors': '行业：',
  'report.conditions': '报道的状况：',
  'report.summaryHeading': '我们的摘要',
  'report.figures': '来源给出的数字',
  'report.howHeading': '我们如何得知',
  'report.checkedPage': '已于{date}与原文页面核对。',
  'report.checkedDigest': '已于{date}与研究摘要核对（无法读取原文页面）。',
  'report.sameArticle': '该文章按行业或状况拆分为{count}条记录，这是其中之一：',
  'report.citeHeading': '引用本报道',
  'report.citeIntro': '每条引文都指向原文；注释中写明本记录及本页地址。',
  'report.citeFiles': '全部报道的参考文献文件：{files}',
  'report.mapHeading': '在地图上',
  'report.openOnMap': '在地图上打开本报道',
  'report.regionLink': '{region}的全部报道',
  'report.metaDescription':
    '{outlet}，{date}：{places}，{sectors}。一篇有关中国境内朝鲜工人的有出处报道：我们的摘要、依据及引用方式。',
  'report.imageAlt': '{places}，{date}：{sectors}。来源：{outlet}',
  'og.reportKicker': '有出处的报道 · 中国境内的朝鲜工人',
};
