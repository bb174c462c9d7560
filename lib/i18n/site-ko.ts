/** Server-only words in Korean (한국어): metadata, the About page, the 404 page, the social cards. */
import type { SiteSource } from './site-en';
import type { CatalogueOf } from './translate';

export const siteKo: CatalogueOf<SiteSource> = {
  'meta.siteDescription':
    '중국 랴오닝성과 지린성의 북한 노동자에 관한 공개 보도를 출처와 함께 정리한 지도: 어디에서, 어떤 업종에서, 어떤 상황에 있다고 보도되었는지 보여 줍니다.',
  'meta.titleTemplate': '{title} — {site}',
  'meta.homeDescription':
    '중국 랴오닝성과 지린성의 북한 노동자에 관한 출처가 있는 공개 보도 {count}건을 업종과 보도된 상황별로 23개 지급 행정구역 지도에 정리했습니다.',
  'meta.homeImageAlt': '랴오닝·지린: 업종별 보도',
  'meta.regionDescription': {
    other: '{where}({names})의 북한 노동자에 관한 출처가 있는 보도 {count}건. 업종별: {sectors}.',
  },
  'meta.whereProvince': '{name}',
  'meta.wherePrefecture': '{province} {name}',
  'meta.sectorCount': '{sector} {count}건',
  'meta.noneYet': '아직 없음',
  'meta.regionImageAlt': '{names}: 업종별 보도',
  'meta.aboutTitle': '데이터 소개',
  'meta.aboutDescription':
    '랴오닝·지린의 북한 노동자에 관한 보도를 어떻게 모으고, 확인하고, 지도에 놓고, 날짜를 매기고, 분류했는지, 그리고 어디에서 내려받을 수 있는지 설명합니다.',

  'notFound.metaTitle': '페이지를 찾을 수 없음',
  'notFound.title': '없는 페이지입니다',
  'notFound.body': '링크가 잘못 입력되었거나, 링크가 가리키는 지역이 이 지도가 다루는 25개 지역에 속하지 않습니다.',
  'notFound.back': '랴오닝·지린 지도로 돌아가기',

  'about.back': '← 지도로 돌아가기',
  'about.title': '데이터 소개',
  'about.intro':
    '이 지도는 중국 랴오닝성과 지린성의 북한 노동자에 관해 독립 매체 {outlets}곳(한 매체의 판본과 사본은 한 번만 셈)이 낸 출처가 있는 공개 보도 {reports}건을 모았습니다. 이들은 2017년 유엔 제재가 송환을 요구한 뒤에도 식당, 봉제 공장, 수산물 가공 공장, 조립 공장에서 계속 일했습니다. 보도마다 출처로 연결되며, 요약은 이 사이트가 직접 썼습니다.',
  'about.languageNote':
    '보도 요약, 출처 메모, 사건 설명은 영어로 되어 있습니다. 제목은 원래 언어로 보여 주고, 영어 번역이 있으면 함께 보여 줍니다.',
  'about.placingHeading': '이 지도를 읽는 법: 위치, 날짜, 음영',
  'about.placingPin':
    '장소는 출처가 밝힌 것보다 더 정확하게 표시하지 않습니다. 성(省)만 밝힌 보도에는 핀이 없고 성의 배지에 집계됩니다.',
  'about.placingInferred': '회사 이름, 사진 설명, 지나가는 언급에서 추정한 장소에는 추정이라고 표시합니다.',
  'about.placingDates':
    '날짜는 출처가 밝힌 정밀도 그대로 두며, 추정한 날짜는 추정이라고 밝힙니다. 출처가 시기의 앞뒤 한계만 정해 주는 보도는 기간(“2016년 7월에서 2018년 1월 사이”)으로 날짜를 매깁니다. 기간 필터는 그 기간과 겹치는 보도를 보여 주고, 선택한 기간 밖으로 걸치는 보도는 불확실하다고 표시합니다. 비교는 기간 전체가 한 시기 안에 드는 보도만 세고, 두 시기에 걸친 보도가 몇 건인지 밝힙니다. 날짜 미상 보도는 시간 차트 아래에 따로 보여 줍니다.',
  'about.placingConflicts':
    '서로 다른 수치(단둥의 노동자 수는 5,000명에서 80,000명까지 다양하게 제시됨)는 합치지 않고 각각의 보도로 남겨 둡니다.',
  'about.placingSectors':
    '보도에는 그 보도가 밝힌 일의 업종이 모두 붙습니다. “기타”는 업종 목록 밖의, 하는 일이 밝혀진 노동(탄광, 농장 일, 가죽·가발 가공, 선원 등)입니다. “업종 미상”은 노동자 전반에 관한 보도나 출처가 하는 일을 밝히지 않은 보도로, 업종 색 대신 회색으로 표시되며 다른 업종과 함께 붙지 않습니다. 예전에는 이 보도들도 “기타”에 들어 있었으며, “기타”로 가는 링크는 이제 하는 일이 밝혀진 노동만 보여 줍니다.',
  'about.placingConfidence':
    '“어떻게 아는가”는 보도의 정보가 어디에서 왔는지(익명 소식통, 현장 취재, 공식 문서, 전재)를 나타낼 뿐, 보도가 사실인지를 말하지 않습니다.',
  'about.placingHatching':
    '지급 행정구역의 음영은 현재 필터에 맞는 보도의 수를 나타냅니다(진할수록 많음). 빗금 친 행정구역은 조사했으나 아무것도 찾지 못한 곳으로, 필터에 맞는 보도가 없다는 뜻과는 다릅니다. 표식의 숫자는 그 장소를 언급한 보도의 수입니다. 두 장소를 언급한 보도는 두 곳 모두에 나타나므로, 표식의 숫자를 더해도 전체 수가 되지 않습니다.',
  'about.placingVia': '“경유”로 표시된 링크는 원래 매체 기사의 사본이나 전재로 연결됩니다.',
  'about.labelsHeading': '어떻게 아는가: 분류',
  'about.labelsIntro':
    '보도마다 정보의 출처를 나타내는 분류가 하나씩 붙습니다. 이 분류는 보도가 사실인지가 아니라 무엇을 확인해야 하는지를 알려 줍니다. 지도에서 매체의 자체 취재는 진한 표시로, 전재와 다른 매체 보도의 인용은 흐린 표시로 나타나며, 서로 독립된 두 곳 이상의 출처(다른 매체의 보도를 옮긴 기사나 같은 발행사의 다른 매체는 따로 세지 않습니다)가 보도한 사건에는 바깥 테두리가 붙습니다(사건 {events}건이 보도 {linked}건을 잇습니다).',
  'about.labelsCaption': '“어떻게 아는가” 분류별 보도 수',
  'about.labelsLabel': '분류',
  'about.labelsReports': '보도',
  'about.labelsMeaning': '의미',
  'about.secondary': ' (2차 출처)',
  'about.noneHeading': '아무것도 찾지 못한 곳',
  'about.noneBody':
    '23개 지급 행정구역 가운데 {count}곳에는 보도가 없습니다: {names}. 각 지역을 두 개 이상의 언어로 세 번 이상 검색했지만 찾지 못했으며, 검색 내역은 데이터({file})에 있습니다. “보도를 찾지 못함”이 “노동자가 없음”을 뜻하지는 않습니다.',
  'about.downloadsHeading': '내려받기',
  'about.downloadCsv': '보도마다 한 행, 장소는 한 열에 모음 (UTF-8, 엑셀에서 열림)',
  'about.downloadPlacesCsv': '보도와 장소마다 한 행, 좌표 포함 (지도 작성용)',
  'about.downloadJson': '검증을 거친 레코드',
  'about.downloadGeojson': '장소마다 점 하나, 위치 정밀도 포함',
  'about.downloadReferences':
    '모든 보도를 원래 매체를 인용하는 참고문헌으로(BibTeX, RIS, CSL-JSON), 이 사이트의 레코드와 링크는 주석에 포함; 데이터 버전 {version}',
  'about.downloadRegions': '두 성과 23개 지급 행정구역',
  'about.mapHeading': '지도 데이터',
  'about.mapBody':
    '경계는 Apache ECharts 4.9.0(GCJ-02 좌표계에서 WGS84로 변환), 국가와 육지는 Natural Earth, 장소는 GeoNames(CC BY 4.0)에서 가져왔습니다. 경계는 대략적이며 공식적인 것이 아닙니다. 글꼴을 포함한 모든 것을 이 사이트에서 제공하므로 열람 기록이 제3자에게 전달되지 않습니다.',

  'og.kicker': '중국의 북한 노동자',
  'og.bothProvinces': '랴오닝·지린',
  'og.province': '중국의 성',
  'og.prefecture': '{province}의 지급 행정구역',
  'og.overview': '2개 성, 23개 지급 행정구역',
  'og.count': { other: '출처가 있는 보도 {count}건, 업종별' },
  'og.footer': '{host} · 모든 보도는 출처로 연결됩니다',
  'report.back': '← 지도로 돌아가기',
  'report.record': '보도 기록 {id}',
  'report.translation': '영어 번역(저희 번역): “{title}”',
  'report.mapAlt': '{places} 지도',
  'report.placesHeading': '장소',
  'report.tagsHeading': '업종과 상황',
  'report.sectors': '업종:',
  'report.conditions': '보도된 상황:',
  'report.summaryHeading': '요약',
  'report.figures': '출처가 밝힌 수치',
  'report.howHeading': '어떻게 아는가',
  'report.checkedPage': '{date}에 원문 페이지와 대조했습니다.',
  'report.checkedDigest': '{date}에 조사 요약과 대조했습니다(원문 페이지는 읽을 수 없었습니다).',
  'report.sameArticle': '이 기사를 업종이나 상황별로 나눈 기록 {count}건 중 하나입니다:',
  'report.citeHeading': '이 보도 인용하기',
  'report.citeIntro': '인용은 원 기사를 가리키며, 주석에 이 기록과 이 페이지의 주소가 들어 있습니다.',
  'report.citeFiles': '모든 보도의 참고문헌 파일: {files}',
  'report.mapHeading': '지도에서 보기',
  'report.openOnMap': '지도에서 이 보도 열기',
  'report.regionLink': '{region}의 모든 보도',
  'report.metaDescription':
    '{outlet}, {date}: {places}, {sectors}. 중국 내 북한 노동자에 관한 출처 있는 보도의 요약과 근거, 인용 방법.',
  'report.imageAlt': '{places}, {date}: {sectors}. 출처: {outlet}',
  'feed.title': '{site}: 새로 추가되거나 바뀐 기록',
  'feed.subtitle': '데이터에 추가되거나 바뀐 기록을 배포판별로, 최신순으로 보여 줍니다.',
  'feed.added': '새 기록: {title}',
  'feed.changed': '바뀐 기록: {title}',
  'feed.addedContent': '배포판 {version}에서 추가. 요약(영어): {summary}',
  'feed.changedContent': '배포판 {version}에서 변경(필드: {fields}). 요약(영어): {summary}',
  'withdrawn.metaTitle': '철회된 기록 {id}',
  'withdrawn.metaDescription':
    '기록 {id}은(는) {date}에 랴오닝·지린 북한 노동자 보도 데이터에서 철회되었습니다. 이 페이지에 그 이유가 있습니다.',
  'withdrawn.heading': '철회된 기록입니다',
  'withdrawn.body':
    '기록 {id}은(는) {date}에 데이터에서 철회되었습니다. 이 기록을 인용한 링크가 계속 이곳으로 오도록 주소는 그대로 둡니다.',
  'withdrawn.reasonLabel': '이유:',
  'withdrawn.noteLabel': '메모(영어):',
  'withdrawn.replacement': '이 기록을 잇는 기록:',
  'withdrawn.changelog': '모든 철회는 변경 기록에 있습니다.',
  'about.releasesHeading': '배포판과 변경 사항',
  'about.releasesBody':
    '지금은 배포판 {version}({date})입니다. 기록 ID는 바뀌지 않습니다. 철회되거나 합쳐진 기록도 페이지가 남아 그 이유를 밝히고 뒤를 잇는 기록을 알려 줍니다.',
  'about.releasesSince': '배포판 {previous} 이후: 새 기록 {added}건, 바뀐 기록 {changed}건, 철회 {withdrawn}건.',
  'about.releasesChangelog': '모든 배포판: 추가·변경(바뀐 필드 포함)·철회된 기록',
  'about.releasesChanges': '같은 내용의 데이터 파일(철회된 기록 전체 포함)',
  'about.releasesFeed': '새로 추가되거나 바뀐 기록의 Atom 피드',
  'og.reportKicker': '출처 있는 보도 · 중국 내 북한 노동자',
};
