"""CI gate on the frozen, blind test split of corpus_v2 (issue 11): F1 per fact kind, not in-sample.

Thresholds are set from the blind measurement (see TEST_F1_THRESHOLDS).  Run the same numbers with
`.venv/bin/python -m tests.articles.corpus_eval --split test`.
"""
from __future__ import annotations

import json

import pytest

from corpus_eval import KINDS, evaluate, split_files

# Issue 11's gate on the blind split. Quotes and people meet it; tariffs and trade values do not yet.
ISSUE_TARGET_F1 = {"tariffs": 0.85, "trade_values": 0.85, "quotes": 0.85, "people": 0.9}
# What CI enforces now (the only place the thresholds live): the blind scores less a small margin, so that no change
# may quietly lose ground; raise each floor toward ISSUE_TARGET_F1 as the extractor earns it.  Measured on
# 2026-12-02 at the end of round 9 on 72 blind articles -- t001-t026 (first writer set) and t027-t072 (a second
# writer set, each article labelled twice): tariffs 0.471, trade values 0.722, quotes 0.955, people 0.955 (round 8's
# code on the same 72: 0.477 / 0.683 / 0.955 / 0.953).  The first set alone had given round 8 0.487 / 0.771 /
# 0.985 / 0.943 (round 7's floors 0.48 / 0.75 / 0.95 / 0.92 were set on it); the larger split is the truer figure.
# End of round 10 (make models on 627 labelled articles, 48 more): tariffs 0.460 (162/193/188), trade values 0.736,
# quotes 0.955, people 0.955; the round's code with round 9's weights reads 0.471 (165/185/185) / 0.722, so the tariff
# loss is the retrain (weights are never chosen by this split: docs/articles-rounds.md "Where it stands (end of round 10)").  The
# tariff floor moves down by that retrain's 0.01 and the trade-value floor up, each keeping the same margin.
# End of round 13 (make models on 771 labelled articles): tariffs 0.518 (183/174/167), trade values 0.753 (90/30/29),
# quotes and people 0.955; the tariff floor moves up by 0.03 and the trade-value floor by 0.01 (margins ~0.025).
# End of round 14 (make models on 819 labelled articles): tariffs 0.530 (188/171/162), trade values 0.773 (92/27/27),
# quotes and people 0.955; the tariff floor moves up to 0.50 and the trade-value floor to 0.75 (margins ~0.025-0.03).
# End of round 15 (make models on 867 articles): tariffs 0.523 (186/175/164), trade values 0.790 (94/25/25); the
# trade-value floor moves up to 0.77 (margin 0.02), the tariff floor stays.
# Round 24 (2026-12-04): a third blind writer set, t073-t104 (32 articles, each labelled twice and adjudicated), joined the
# split before any round-24 change was judged; on all 104 with round 24's weights (make models on 1581 dev articles):
# tariffs 0.591 (259/186/172), trade values 0.846 (165/33/27), quotes 0.946, people 0.961 (t001-t072 alone 0.565 /
# 0.805; t073-t104 alone 0.713 / 0.913).  The tariff floor moves up to 0.56 and the trade-value floor to 0.82 (margins
# ~0.03); quotes and people stay.
# Round 25 adds two blind writer sets (t105-t136, 32 articles); on 136 articles at the round's start (62100f8's
# weights) tariffs 0.587, trade values 0.797 (192/54/44: t105-t120 0.655, t121-t136 0.486), quotes 0.940, people
# 0.957.  The new sets are harder for trade values, so that floor moves down to 0.77 (the larger split is the truer
# figure; the 0.85 target stands); the others keep theirs.
# End of round 25 (make models on 1661 dev articles): tariffs 0.591 (333/221/240), trade values 0.807 (195/52/41),
# quotes 0.942, people 0.961 on all 136; the trade-value floor moves up to 0.78 (margin ~0.03).
# Round 26 adds t137-t152 (a12d805's weights, 152 articles): tariffs 0.591 (373/248/269), trade values 0.802
# (203/56/44), quotes 0.932 (t137-t152 alone 0.826), people 0.954; the quotes floor moves down to 0.91 (margin ~0.02;
# the 0.85 target stands).
# End of round 26 (make models on 1773 dev articles): tariffs 0.595 (376/246/266), trade values 0.804 (203/55/44),
# quotes 0.932, people 0.954 on all 152; the floors stay (margins 0.022-0.035).
# Round 27 adds t153-t168 (124377b's weights, 168 articles): tariffs 0.589 (403/266/297), trade values 0.808
# (210/56/44), quotes 0.924 (t153-t168 alone 0.811), people 0.957. End of round 27 (make models on 1885 dev
# articles): tariffs 0.599 (409/257/291), trade values 0.812 (210/53/44), quotes 0.924, people 0.957; the floors stay
# (margins 0.014-0.039; the quotes margin is the thinnest).
# Round 28 adds t169-t184 (c721a03's weights, 184 articles): tariffs 0.594 (449/293/321), trade values 0.816
# (218/53/45), quotes 0.917 (t169-t184 alone 0.826), people 0.953. End of round 28 (make models on 1963 dev
# articles): tariffs 0.590 (447/297/323), trade values 0.813 (218/55/45), quotes 0.917, people 0.953; the floors stay
# (margins 0.007-0.033; quotes 0.917 over 0.91 is the thinnest).
# Round 29 adds t185-t200 (802f945's weights, 200 articles): tariffs 0.593 (467/309/333), trade values 0.817
# (245/60/50), quotes 0.921, people 0.956 (t185-t200 alone 0.645 / 0.844 / 0.980 / 1.0). End of round 29 (make models
# on 2043 dev articles): tariffs 0.592 (467/310/333), trade values 0.809 (242/61/53), quotes 0.943 (317/9/29), people
# 0.958; the quotes floor moves up to 0.92 (xquotes29's speakers; margin 0.023), the others stay (margins 0.028-0.032).
# Round 30 adds t201-t216 (68b3b42's weights, 216 articles): tariffs 0.583 (500/332/383), trade values 0.808
# (253/64/56), quotes 0.934, people 0.958 (t201-t216 alone 0.478 / 0.786 / 0.692 / 0.950). End of round 30 (make models
# on 2152 dev articles): tariffs 0.594 (509/321/374), trade values 0.796 (249/68/60), quotes 0.937 (327/11/33), people
# 0.958; the floors stay (margins 0.016-0.034; trade values 0.796 over 0.78 and quotes 0.937 over 0.92 are the thinnest).
# Round 31 adds t217-t232 and t233-t248 (e2ff7e1's weights, 248 articles): tariffs 0.601 (569/347/407), trade values
# 0.795 (279/79/65), quotes 0.937, people 0.958. End of round 31 (make models on 2264 dev articles): tariffs 0.601
# (568/349/408; 0.601 with the weights before the restatement fix), trade values 0.800 (280/76/64), quotes 0.937
# (369/12/38), people 0.958; the floors stay (margins 0.017-0.040).
# Round 32's start on 278 (t249-t263 and t265-t279 added, round 31's weights): tariffs 0.603 (610/372/430), trade
# values 0.802 (326/86/75), quotes 0.935 (411/14/43), people 0.960. End of round 32 (make models on 2344 dev articles):
# tariffs 0.605 (613/373/427), trade values 0.800 (326/88/75), quotes and people as at the start; the floors stay
# (margins 0.015-0.045; quotes 0.935 over 0.92 is the thinnest).
# Round 33's start on 340 (t282-t296 without t294, t297-t312, t313-t328, t329-t344 added; round 32's weights):
# tariffs 0.596 (698/437/509), trade values 0.808 (473/125/100), quotes 0.937 (464/17/45), people 0.961. End of round 33
# (make models on 2424 dev articles): tariffs 0.594 (695/440/512), trade values 0.810 (474/124/99), quotes and people as
# at the start; the floors stay (margins 0.017-0.034; quotes 0.937 over 0.92 is the thinnest).
# Round 34's start on 402 (t345-t358, t361-t376, t377-t392, t393-t408 added; round 33's weights): tariffs 0.590
# (802/497/619), trade values 0.811 (507/132/105), quotes 0.943 (568/18/51), people 0.962. End of round 34 (make models
# on 2533 dev articles): tariffs 0.597 (813/490/608), trade values 0.808 (506/134/106), quotes and people as at the
# start; the floors stay (margins 0.023-0.037; trade values 0.808 over 0.78 and quotes 0.943 over 0.92 are the thinnest).
# Round 35's start on 450 (t409-t424, t425-t440, t441-t456 added; round 34's weights): tariffs 0.572 (892/574/761),
# trade values 0.798 (514/145/115), quotes 0.938 (616/24/57), people 0.962. The three new sets read tariffs 0.38-0.42.
# End of round 35 (make models on 2611 dev articles): tariffs 0.568 (887/582/766; the merged code with round 34's
# weights 892/576/761, so the retrain moved -5 tp +6 fp), trade values 0.801 (516/144/113), quotes and people as at the
# start. The tariff floor moves down to 0.54 (margin 0.028; the larger, harder split is the truer figure), the others stay.
# Round 36's start on 498 (t457-t472, t473-t488, t489-t504 added; round 35's weights): tariffs 0.573 (968/629/816),
# trade values 0.800 (552/152/124), quotes 0.940 (669/26/60), people 0.965. End of round 36 (make models on 2691 dev
# articles): tariffs 0.576 (975/625/809; the merged code with round 35's weights 967/629/817, so the retrain moved
# +8 tp -4 fp), trade values 0.800 (553/153/123), quotes and people as at the start; the floors stay (margins
# 0.020-0.036; trade values 0.800 over 0.78 and quotes 0.940 over 0.92 are the thinnest).
# Round 37's start on 546 (t505-t520, t521-t536, t537-t552 added; round 36's weights): tariffs 0.578 (1055/680/862),
# trade values 0.804 (612/166/132), quotes 0.943 (732/27/61), people 0.965. End of round 37 (make models on 2771 dev
# articles): tariffs 0.584 (1066/667/851; the merged code with round 36's weights 1058/677/859, so the retrain moved
# +8 tp -10 fp), trade values 0.800 (607/167/137; the retrain -5 tp +1 fp), quotes and people as at the start; the
# floors stay (margins 0.020-0.044; trade values 0.800 over 0.78 is the thinnest).
# Round 38's start on 610 (t553-t568, t569-t584, t585-t600, t601-t616 added; round 37's weights): tariffs 0.577
# (1123/729/917), trade values 0.796 (710/197/168), quotes 0.937 (811/32/77), people 0.965. End of round 38 (make models
# on 2913 dev articles): tariffs 0.576 (1122/733/918; the merged code with round 37's weights 1126/726/914, so the retrain
# moved -4 tp +7 fp), trade values 0.795 (709/197/169; the retrain -1 tp), quotes and people as at the start; the floors
# stay (margins 0.015-0.036; trade values 0.795 over 0.78 and quotes 0.937 over 0.92 are the thinnest).
# Round 39's start on 674 (t617-t632, t633-t648, t649-t664, t665-t680 added; round 38's weights): tariffs 0.578
# (1210/779/991), trade values 0.791 (738/208/181), quotes 0.938 (866/32/82), people 0.963 (1203/27/66). End of round 39
# (make models on 3056 dev articles): tariffs 0.578 (1211/776/990; the merged code with round 38's weights 1211/777/990,
# so the retrain moved -1 fp), trade values, quotes and people as at the start; the floors stay (margins 0.011-0.038;
# trade values 0.791 over 0.78 is the thinnest).
# Round 40's start on 754 (t681-t696, t697-t712, t713-t728, t729-t744, t745-t760 added; round 39's weights): tariffs
# 0.569 (1322/880/1119), trade values 0.782 (859/256/223), quotes 0.937 (960/38/92), people 0.961 (1335/34/74). End of
# round 40 (make models on 3168 dev articles): tariffs 0.568 (1319/882/1122; the merged code with round 39's weights
# 1325/875/1116, so the retrain moved -6 tp +7 fp), trade values 0.787 (866/253/216; the code -1 fp, the retrain +7 tp
# -2 fp), quotes and people as at the start; the floors stay (margins 0.007-0.031; trade values 0.787 over 0.78 is the
# thinnest: the new sets read trade values 0.29-0.81).
# Round 41's start on 850 (t761-t776, t777-t792, t793-t808, t809-t824, t825-t840, t841-t856 added; round 40's
# weights): tariffs 0.573 (1580/1027/1331), trade values 0.790 (926/264/229), quotes 0.936 (1061/45/101), people 0.963
# (1494/37/77). End of round 41 (make models on 3280 dev articles): tariffs 0.573 (1581/1023/1330; the merged code with
# round 40's weights 1581/1026/1330, so the retrain moved -3 fp), trade values 0.793 (930/262/225; the code +2 tp, the
# retrain +2 tp -2 fp), quotes and people as at the start; the floors stay (margins 0.013-0.033; trade values 0.793
# over 0.78 is the thinnest).
# Round 42's start on 962 (t857-t872, t873-t888, t889-t904, t905-t920, t921-t936, t937-t952, t953-t968 added; round 41's
# weights): tariffs 0.578 (1755/1121/1440), trade values 0.769 (1014/327/283), quotes 0.934 (1183/52/114), people 0.962
# (1693/47/88). The trade-value floor comes down from 0.78 to 0.75 because the split, not the code, moved: on the 850
# articles of round 41 the start and the end both read 0.793 (930/262/225), and the new sets read trade values 0.317
# (t857-t872: a monthly trade update's 42 values and a deficit release), 0.308 (t953-t968) and 0.643-0.968 (t937-t952
# has no trade-value label). End of round 42 (make models on 3403 dev articles): tariffs 0.578 (1752/1119/1443; the
# merged code with round 41's weights 1754/1120/1441, so the retrain moved -2 tp -1 fp), trade values, quotes and people
# as at the start; on the old 850 tariffs 1576/1022/1335 (-5 tp -1 fp). Margins 0.014-0.038 (quotes 0.934 over 0.92 the
# thinnest, trade values 0.769 over 0.75).
# Round 43's start on 1084 (t969-t1094 added, eight sets; round 42's weights): tariffs 0.582 (1979/1236/1606), trade
# values 0.773 (1124/353/307), quotes 0.932 (1360/61/137), people 0.963 (1925/50/98). End of round 43 (make models on
# 3515 dev articles): tariffs 0.583 (1979/1229/1606), trade values 0.775 (1130/354/301), quotes and people as at the
# start; the merged code with round 42's weights reads tariffs 1980/1235/1605 and trade values 1125/352/306. The floors
# stay (margins 0.012-0.043; quotes 0.932 over 0.92 the thinnest, trade values 0.775 over 0.75).
# Round 44's start on 1180 (t1097-t1192 added, six sets; round 43's weights): tariffs 0.584 (2144/1328/1729), trade
# values 0.771 (1207/381/335), quotes 0.925 (1534/78/172), people 0.958 (2096/64/118): the new sets' quotes read 0.870
# (t1113-t1128 0.556, t1145-t1160 0.708), so the quotes floor moves down to 0.91 (margin 0.015, as the other kinds keep;
# nothing in round 44 touched quotes). End of round 44 (make models on 3643 dev articles): tariffs 0.588
# (2161/1318/1712), trade values 0.771 (1204/376/338), quotes and people as at the start; the merged code with round
# 43's weights reads tariffs 2157/1323/1716 and trade values 1208/380/334. Margins 0.015-0.048.
# Round 45's start on 1308 (t1193-t1320 added, eight sets; round 44's weights): tariffs 0.594 (2389/1419/1849), trade
# values 0.775 (1312/404/358), quotes 0.919 (1718/89/213), people 0.956 (2294/70/142). End of round 45 (make models on
# 3771 dev articles): tariffs 0.596 (2399/1411/1839), trade values 0.778 (1318/398/352), quotes and people as at the
# start; the merged code with round 44's weights reads tariffs 2390/1419/1848 and trade values 1314/402/356. The floors
# stay (margins 0.009-0.056; quotes 0.919 over 0.91 the thinnest: the new sets read quotes 0.876, t1305-t1320 0.632).
# Round 46's start on 1420 (t1321-t1432 added, seven sets; round 45's weights): tariffs 0.591 (2603/1547/2049), trade
# values 0.768 (1393/439/404), quotes 0.917 (1895/97/247), people 0.954 (2527/84/162). End of round 46 (make models on
# 3883 dev articles): tariffs 0.591 (2598/1547/2054), trade values 0.770 (1396/435/401), quotes 0.922 (1915/97/227),
# people 0.954 (2527/82/162); the merged code with round 45's weights reads tariffs 2605/1546/2047 and trade values
# 1393/438/404 (quotes and people as at the end). The floors stay (margins 0.012-0.051; quotes 0.922 over 0.91 the
# thinnest, trade values 0.770 over 0.75).
# Round 47's start on 1594 (t1433-t1608 added, eleven sets; round 46's weights): tariffs 0.593 (2937/1707/2321), trade
# values 0.770 (1459/458/414), quotes 0.924 (2215/103/261), people 0.953 (2889/99/184). End of round 47 (make models on
# 3977 dev articles): tariffs 0.598 (2964/1688/2294), trade values 0.767 (1454/464/419), quotes 0.925 (2219/105/257),
# people 0.954 (2892/96/181); the merged code with round 46's weights reads tariffs 2947/1712/2311 and trade values as
# at the start (quotes and people as at the end). The floors stay (margins 0.015-0.058; quotes 0.925 over 0.91 and
# trade values 0.767 over 0.75 the thinnest).
# Round 48's start on 1802 (t1609-t1816 added, thirteen sets; round 47's weights): tariffs 0.603 (3363/1853/2582), trade
# values 0.766 (1659/537/477), quotes 0.923 (2572/125/307), people 0.953 (3307/115/212). End of round 48 (make models on
# 4072 dev articles): tariffs 0.601 (3362/1874/2583), trade values 0.774 (1676/520/460), quotes and people as at the
# start; the merged code with round 47's weights reads tariffs 3372/1863/2573 and trade values 1670/526/466. The floors
# stay (margins 0.013-0.061; quotes 0.923 over 0.91 the thinnest, trade values 0.774 over 0.75).
# Round 49's start on 1946 (t1817-t1960 added, nine sets; round 48's weights): tariffs 0.605 (3544/1951/2681), trade
# values 0.772 (1804/563/502), quotes 0.923 (2763/131/330), people 0.953 (3566/127/225). End of round 49 (make models on
# 4152 dev articles): tariffs 0.606 (3548/1944/2677), trade values 0.773 (1805/562/501), quotes and people as at the
# start. The floors stay (margins 0.013-0.066; quotes 0.923 over 0.91 the thinnest, trade values 0.773 over 0.75).
# Round 50's start on 2138 (t1961-t2152 added, twelve sets; round 49's weights): tariffs 0.602 (3755/2073/2894), trade
# values 0.771 (1936/604/546), quotes 0.923 (3121/146/378), people 0.951 (3920/151/257). End of round 50 (make models on
# 4232 dev articles): tariffs 0.600 (3745/2088/2904), trade values 0.773 (1943/603/539), quotes and people as at the
# start; the merged code with round 49's weights reads tariffs 3756/2079/2893 and trade values 1942/606/540. The floors
# stay (margins 0.013-0.060; quotes 0.923 over 0.91 the thinnest, trade values 0.773 over 0.75).
# Round 51's start on 2330 (t2153-t2344 added, twelve sets; round 50's weights): tariffs 0.599 (4030/2268/3131), trade
# values 0.768 (2025/646/578), quotes 0.922 (3336/153/412), people 0.951 (4265/167/275). End of round 51 (make models on
# 4328 dev articles): tariffs 0.600 (4046/2280/3115), trade values 0.769 (2029/645/574), quotes and people as at the
# start; the merged code with round 50's weights reads tariffs 4039/2279/3122. The floors stay (margins 0.012-0.060;
# quotes 0.922 over 0.91 the thinnest, trade values 0.769 over 0.75).
# Round 52's start on 2519 (t2345-t2536 added, twelve sets, t2374-t2376 unwritten; round 51's weights): tariffs 0.601
# (4291/2415/3276), trade values 0.770 (2209/695/625), quotes 0.923 (3592/163/435), people 0.952 (4605/176/290). End of
# round 52 (make models on 4392 dev articles): tariffs 0.603 (4306/2417/3261), trade values 0.769 (2207/699/627), quotes
# and people as at the start; the merged code with round 51's weights reads tariffs 4305/2420/3262. The floors stay
# (margins 0.013-0.063; quotes 0.923 over 0.91 the thinnest, trade values 0.769 over 0.75).
# Round 53's start on 2647 (t2537-t2664 added, eight sets; round 52's weights): tariffs 0.602 (4442/2497/3380), trade
# values 0.774 (2338/721/646), quotes 0.922 (3771/171/470), people 0.951 (4873/188/316). End of round 53 (make models on
# 4456 dev articles, the learned status reading the calendar of real measures): tariffs 0.640 (4714/2203/3108), trade
# values 0.771 (2328/723/656), quotes and people as at the start; the merged code with round 52's weights reads tariffs
# 4443/2499/3379 (the gain is the calendar's features, learned). The tariff floor rises from 0.54 to 0.60 (margin
# 0.040) to hold that gain; the others stay (margins 0.012-0.021; quotes 0.922 over 0.91 the thinnest).
# Round 54's start on 2775 (t2665-t2792 added, eight sets; round 53's weights): tariffs 0.640 (4878/2286/3212), trade
# values 0.772 (2421/750/679), quotes 0.921 (3963/183/500), people 0.950 (5122/200/335). End of round 54 (make models on
# 4520 dev articles; the calendar's partner rows and cal_own, an undated status model): tariffs 0.645 (4918/2253/3172),
# trade values 0.768 (2414/776/686), quotes and people as at the start; the merged code with round 53's weights reads
# tariffs 4905/2260/3185 and trade values 2422/750/678 (the retrain moved trade values -8 tp +26 fp). The tariff floor
# rises from 0.60 to 0.62 (margin 0.025); the others stay (margins 0.011-0.020; quotes 0.921 over 0.91 the thinnest).
TEST_F1_THRESHOLDS = {"tariffs": 0.62, "trade_values": 0.75, "quotes": 0.91, "people": 0.93}


def test_thresholds_name_every_kind():
    assert set(TEST_F1_THRESHOLDS) == set(ISSUE_TARGET_F1) == set(KINDS)


def test_frozen_test_split_f1(capsys):
    if not split_files("test"):
        pytest.skip("corpus_v2/test has no labelled articles in this checkout")
    res = evaluate("test")
    with capsys.disabled():
        print("\ncorpus_v2 test scores:", json.dumps(res["pooled"]))
    for kind, floor in TEST_F1_THRESHOLDS.items():
        assert (res["pooled"][kind]["f1"] or 0.0) >= floor, (kind, res["pooled"])
