keywork-seal/1
{"session":"20261127-093000-c0ffee","journal_sha256":"5567ef55de612b67db152a7298d3fc5c57e2b0111cc9d13148936a77361d75be","journal_size":6030,"last_seq":23,"chain_head":"368bc74a2b09888d826f98275c60b8dd28e60759bea1043e51ae44be63a1c1de","signer":{"name":"Sam Keyworker","role":"keyworker"},"meaning":"I confirm this is the complete record of the session","time":"2026-11-27T09:42:25.000Z","links":[],"key":"dVxMuSVsp83ErP3Gz+7ahJAX5bn5UU6ZGRvWfgsNQnY="}
UchfgtGVqB9uiKEM0LjSYUaCV8gUjlRUWbeLBTFWRrxRgTIElop0DfQdAcEUOikC6vo/an/9zaTs3MnC/+CvCA==
