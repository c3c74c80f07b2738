# the demo corpus (examples/) as a sarif report, all verdicts: pins the
# format's exact output (issue 6)
args: check --show all --format sarif examples
exit: 1
copy: examples
--- expect
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "claimcheck",
          "version": "0.1.0",
          "rules": [
            {
              "id": "count_list/delegation.member_count",
              "name": "count_list",
              "shortDescription": {
                "text": "claimcheck count_list check"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "elapsed_time/previous_meeting.first_in",
              "name": "elapsed_time",
              "shortDescription": {
                "text": "claimcheck elapsed_time check"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "elapsed_time/previous_meeting.not_since",
              "name": "elapsed_time",
              "shortDescription": {
                "text": "claimcheck elapsed_time check"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "name_variant/builtin.name",
              "name": "name_variant",
              "shortDescription": {
                "text": "claimcheck name_variant check"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "range_qualifier/event.duration.last",
              "name": "range_qualifier",
              "shortDescription": {
                "text": "claimcheck range_qualifier check"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "same_fact/event.duration.expected",
              "name": "same_fact",
              "shortDescription": {
                "text": "claimcheck same_fact check"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "same_fact/event.start.begins",
              "name": "same_fact",
              "shortDescription": {
                "text": "claimcheck same_fact check"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "weekday_date/builtin.weekday",
              "name": "weekday_date",
              "shortDescription": {
                "text": "claimcheck weekday_date check"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            },
            {
              "id": "zone_pair/builtin.zone_pair",
              "name": "zone_pair",
              "shortDescription": {
                "text": "claimcheck zone_pair check"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "fact-check"
                ]
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "same_fact/event.start.begins",
          "ruleIndex": 6,
          "level": "warning",
          "message": {
            "text": "\"9:00am Pacific time\" (Coastal Times) = 16:00 UTC, but \"1700 GMT\" (Harbour Wire) = 17:00 UTC; 1 hour apart (see [examples/harbour-wire.txt:9](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 20,
                  "snippet": {
                    "text": "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/harbour-wire.txt"
                },
                "region": {
                  "startLine": 9,
                  "startColumn": 30,
                  "snippet": {
                    "text": "The talks started at 9 a.m. (1700 GMT) behind closed doors."
                  }
                }
              },
              "message": {
                "text": "other claim: 17:00 UTC"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "a660859b61c3cb9f"
          },
          "properties": {
            "key": "event.start_time{story}",
            "check": "same_fact",
            "verdict": "discrepancy"
          }
        },
        {
          "ruleId": "zone_pair/builtin.zone_pair",
          "ruleIndex": 8,
          "kind": "pass",
          "level": "none",
          "message": {
            "text": "09:00 in America/Los_Angeles on 2024-09-17 is 16:00 UTC (PDT, UTC-7), as the article gives it"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 20,
                  "snippet": {
                    "text": "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
                  }
                }
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "d1fc6d8998a803de"
          },
          "properties": {
            "key": "time.zone_pair{story}",
            "check": "zone_pair",
            "verdict": "consistent"
          }
        },
        {
          "ruleId": "same_fact/event.start.begins",
          "ruleIndex": 6,
          "kind": "pass",
          "level": "none",
          "message": {
            "text": "\"9:00am Pacific time\" (Coastal Times) = 16:00 UTC agrees with \"9am local time on Tuesday\" (Daily Ledger) = 2024-09-17 16:00 UTC (zone inferred from the article's place); 3 outlets agree (4 claims) (see [examples/daily-ledger.md:15](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 20,
                  "snippet": {
                    "text": "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/daily-ledger.md"
                },
                "region": {
                  "startLine": 15,
                  "startColumn": 21,
                  "snippet": {
                    "text": "The talks opened at 9am local time on Tuesday."
                  }
                }
              },
              "message": {
                "text": "other claim: 2024-09-17 16:00 UTC"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "d2b1983ad8643772"
          },
          "properties": {
            "key": "event.start_time{story}",
            "check": "same_fact",
            "verdict": "consistent"
          }
        },
        {
          "ruleId": "same_fact/event.duration.expected",
          "ruleIndex": 5,
          "level": "warning",
          "message": {
            "text": "\"about eight hours\" (Coastal Times) = 7.2 to 8.8 hours, but \"eleven hours\" (Daily Ledger) = 11 hours; 2.2 hours apart (tolerance 5%) (see [examples/daily-ledger.md:8](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 12,
                  "startColumn": 48,
                  "snippet": {
                    "text": "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/daily-ledger.md"
                },
                "region": {
                  "startLine": 8,
                  "startColumn": 42,
                  "snippet": {
                    "text": "Ministers from six Pacific nations ended eleven hours of talks in Vancouver on Tuesday without agreeing on a treaty text."
                  }
                }
              },
              "message": {
                "text": "other claim: 11 hours"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "cf95536924f7419a"
          },
          "properties": {
            "key": "event.duration{story}",
            "check": "same_fact",
            "verdict": "discrepancy"
          }
        },
        {
          "ruleId": "elapsed_time/previous_meeting.first_in",
          "ruleIndex": 1,
          "kind": "pass",
          "level": "none",
          "message": {
            "text": "\"five years\" (Coastal Times) = 2024-09-17 - P5Y = 2018-09-16 to 2020-03-17 agrees with \"March 12, 2019\" (Coastal Times) = 2019-03-12; 1 outlet agrees (2 claims) (see [examples/coastal-times.md:15](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 14,
                  "startColumn": 41,
                  "snippet": {
                    "text": "It is the first meeting of the group in five years."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 15,
                  "startColumn": 16,
                  "snippet": {
                    "text": "The ministers last met in Auckland on March 12, 2019, when they agreed to share data on fishing gear lost at sea."
                  }
                }
              },
              "message": {
                "text": "other claim: 2019-03-12"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "caa7e6c30a6d1c0c"
          },
          "properties": {
            "key": "previous_meeting{delorme,whitford}",
            "check": "elapsed_time",
            "verdict": "consistent"
          }
        },
        {
          "ruleId": "name_variant/builtin.name",
          "ruleIndex": 3,
          "level": "note",
          "message": {
            "text": "\"Priya Nataraajan\" (Daily Ledger) is spelled \"Priya Natarajan\" in Coastal Times (see [examples/coastal-times.md:19](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/daily-ledger.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 17,
                  "snippet": {
                    "text": "Chief Scientist Priya Nataraajan, one of the delegation's three members, said the sticking point was the size of the fund."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 19,
                  "startColumn": 47,
                  "snippet": {
                    "text": "Canada's delegation of four members includes: Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake."
                  }
                }
              },
              "message": {
                "text": "other claim: Priya Natarajan"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "cc47e03110137a6b"
          },
          "properties": {
            "key": "person.name{nataraajan}",
            "check": "name_variant",
            "verdict": "discrepancy"
          }
        },
        {
          "ruleId": "count_list/delegation.member_count",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "\"three\" (Daily Ledger) = 3, but \"Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake\" (Coastal Times) names 4 (\"include\": at least): Ana Whitford, Marc Delorme, Priya Natarajan, Owen Blake (see [examples/coastal-times.md:18](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/daily-ledger.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 59,
                  "snippet": {
                    "text": "Chief Scientist Priya Nataraajan, one of the delegation's three members, said the sticking point was the size of the fund."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/coastal-times.md"
                },
                "region": {
                  "startLine": 18,
                  "startColumn": 47,
                  "snippet": {
                    "text": "Canada's delegation of four members includes: Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake."
                  }
                }
              },
              "message": {
                "text": "other claim: at least 4 named"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "db3223d8368ce12c"
          },
          "properties": {
            "key": "delegation{canada}",
            "check": "count_list",
            "verdict": "discrepancy"
          }
        },
        {
          "ruleId": "weekday_date/builtin.weekday",
          "ruleIndex": 7,
          "level": "error",
          "message": {
            "text": "2024-09-17 is a Tuesday, but the article says Monday (year 2024 taken from the publication date)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/harbour-wire.txt"
                },
                "region": {
                  "startLine": 6,
                  "startColumn": 17,
                  "snippet": {
                    "text": "VANCOUVER - Ministers from six countries opened talks on ocean plastic in Vancouver on Monday, September 17, hoping to agree on a treaty text by the end of the week."
                  }
                }
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "adda8a6900c2605f"
          },
          "properties": {
            "key": "date.weekday{story}",
            "check": "weekday_date",
            "verdict": "discrepancy"
          }
        },
        {
          "ruleId": "zone_pair/builtin.zone_pair",
          "ruleIndex": 8,
          "level": "warning",
          "message": {
            "text": "09:00 in America/Vancouver on 2024-09-17 is 16:00 UTC (PDT, UTC-7); the article gives 17:00 UTC, 1 hour later (zone inferred from the article's place)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/harbour-wire.txt"
                },
                "region": {
                  "startLine": 9,
                  "startColumn": 22,
                  "snippet": {
                    "text": "The talks started at 9 a.m. (1700 GMT) behind closed doors."
                  }
                }
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "b044f49faeca2c3c"
          },
          "properties": {
            "key": "time.zone_pair{story}",
            "check": "zone_pair",
            "verdict": "discrepancy"
          }
        },
        {
          "ruleId": "range_qualifier/event.duration.last",
          "ruleIndex": 4,
          "kind": "pass",
          "level": "none",
          "message": {
            "text": "\"eight hours\" (Harbour Wire) = 8 hours agrees with \"seven to eight hours\" (Pacific Post) = 7 to 8 hours; 3 outlets agree (3 claims) (see [examples/pacific-post.md:11](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/harbour-wire.txt"
                },
                "region": {
                  "startLine": 10,
                  "startColumn": 24,
                  "snippet": {
                    "text": "Officials said the session would last eight hours."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/pacific-post.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 67,
                  "snippet": {
                    "text": "The talks, which began at 9am (16:00 GMT), were scheduled to last seven to eight hours."
                  }
                }
              },
              "message": {
                "text": "other claim: 7 to 8 hours"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "a78edee3ba4a99c4"
          },
          "properties": {
            "key": "event.duration{story}",
            "check": "range_qualifier",
            "verdict": "consistent"
          }
        },
        {
          "ruleId": "elapsed_time/previous_meeting.first_in",
          "ruleIndex": 1,
          "kind": "pass",
          "level": "none",
          "message": {
            "text": "\"five years\" (Harbour Wire) = 2024-09-17 - P5Y = 2018-09-16 to 2020-03-17 agrees with \"2019\" (Pacific Post) = 2019; 2 outlets agree (2 claims) (see [examples/pacific-post.md:15](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/harbour-wire.txt"
                },
                "region": {
                  "startLine": 13,
                  "startColumn": 23,
                  "snippet": {
                    "text": "Canadian Environment Minister Ana Whitford told reporters that the first meeting of the six in five years had to produce \"more than promises\"."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/pacific-post.md"
                },
                "region": {
                  "startLine": 15,
                  "startColumn": 11,
                  "snippet": {
                    "text": "Canadian Environment Minister Ana Whitford said the group had not met since its 2019 round in Auckland."
                  }
                }
              },
              "message": {
                "text": "other claim: 2019"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "d6ab566e40734964"
          },
          "properties": {
            "key": "previous_meeting{whitford}",
            "check": "elapsed_time",
            "verdict": "consistent"
          }
        },
        {
          "ruleId": "weekday_date/builtin.weekday",
          "ruleIndex": 7,
          "kind": "pass",
          "level": "none",
          "message": {
            "text": "2024-09-17 is a Tuesday, as the article says"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/pacific-post.md"
                },
                "region": {
                  "startLine": 8,
                  "startColumn": 52,
                  "snippet": {
                    "text": "Six environment ministers gathered in Vancouver on Tuesday, September 17, 2024, for what organisers called the first such meeting in three years."
                  }
                }
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "db111a16759e398e"
          },
          "properties": {
            "key": "date.weekday{story}",
            "check": "weekday_date",
            "verdict": "consistent"
          }
        },
        {
          "ruleId": "zone_pair/builtin.zone_pair",
          "ruleIndex": 8,
          "kind": "pass",
          "level": "none",
          "message": {
            "text": "09:00 in America/Vancouver on 2024-09-17 is 16:00 UTC (PDT, UTC-7), as the article gives it (zone inferred from the article's place)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/pacific-post.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 27,
                  "snippet": {
                    "text": "The talks, which began at 9am (16:00 GMT), were scheduled to last seven to eight hours."
                  }
                }
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "e22d277074b99da6"
          },
          "properties": {
            "key": "time.zone_pair{story}",
            "check": "zone_pair",
            "verdict": "consistent"
          }
        },
        {
          "ruleId": "elapsed_time/previous_meeting.not_since",
          "ruleIndex": 2,
          "level": "warning",
          "message": {
            "text": "\"2019\" (Pacific Post) = 2019, but \"three years\" (Pacific Post) = 2024-09-17 - P3Y = 2020-09-16 to 2022-03-18; 8.5 months apart (see [examples/pacific-post.md:9](1))"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/pacific-post.md"
                },
                "region": {
                  "startLine": 15,
                  "startColumn": 11,
                  "snippet": {
                    "text": "Canadian Environment Minister Ana Whitford said the group had not met since its 2019 round in Auckland."
                  }
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/pacific-post.md"
                },
                "region": {
                  "startLine": 9,
                  "startColumn": 60,
                  "snippet": {
                    "text": "Six environment ministers gathered in Vancouver on Tuesday, September 17, 2024, for what organisers called the first such meeting in three years."
                  }
                }
              },
              "message": {
                "text": "other claim: 2020-09-16 to 2022-03-18"
              }
            }
          ],
          "partialFingerprints": {
            "claimcheckFindingId/v2": "f98297d5a2fe77db"
          },
          "properties": {
            "key": "previous_meeting{whitford}",
            "check": "elapsed_time",
            "verdict": "discrepancy"
          }
        }
      ]
    }
  ]
}
