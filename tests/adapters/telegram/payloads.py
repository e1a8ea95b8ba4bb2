"""Updates as the Bot API sends them (recorded, ids and names changed)."""

PRIVATE_TEXT = {
    "update_id": 731200001,
    "message": {
        "message_id": 57,
        "from": {"id": 42, "is_bot": False, "first_name": "Ada", "last_name": "Lovelace",
                 "username": "ada", "language_code": "en"},
        "chat": {"id": 42, "first_name": "Ada", "last_name": "Lovelace", "username": "ada",
                 "type": "private"},
        "date": 1763794800,
        "text": "what's today's session?",
    },
}  # fmt: skip

PRIVATE_COMMAND = {
    "update_id": 731200002,
    "message": {
        "message_id": 58,
        "from": {"id": 42, "is_bot": False, "first_name": "Ada", "username": "ada"},
        "chat": {"id": 42, "first_name": "Ada", "username": "ada", "type": "private"},
        "date": 1763794860,
        "text": "/set timezone Europe/London",
        "entities": [{"offset": 0, "length": 4, "type": "bot_command"}],
    },
}  # fmt: skip

CALLBACK_QUERY = {
    "update_id": 731200003,
    "callback_query": {
        "id": "180391273912739127",
        "from": {"id": 42, "is_bot": False, "first_name": "Ada", "username": "ada"},
        "message": {
            "message_id": 59,
            "from": {"id": 1000, "is_bot": True, "first_name": "Rhythm Coach",
                     "username": "RhythmCoachBot"},
            "chat": {"id": 42, "first_name": "Ada", "username": "ada", "type": "private"},
            "date": 1763794870,
            "text": "How well did you sleep? 0 = awful, 10 = great",
            "reply_markup": {"inline_keyboard": [
                [{"text": str(n), "callback_data": f"sleep:{n}"} for n in range(6)],
                [{"text": str(n), "callback_data": f"sleep:{n}"} for n in range(6, 11)],
            ]},
        },
        "chat_instance": "-5281937192837",
        "data": "sleep:7",
    },
}  # fmt: skip

GROUP_COMMAND = {
    "update_id": 731200004,
    "message": {
        "message_id": 310,
        "from": {"id": 43, "is_bot": False, "first_name": "Grace"},
        "chat": {"id": -1001987654321, "title": "Rowing squad", "type": "supergroup"},
        "date": 1763794900,
        "text": "/checkin@RhythmCoachBot",
        "entities": [{"offset": 0, "length": 23, "type": "bot_command"}],
    },
}  # fmt: skip

CHANNEL_POST = {
    "update_id": 731200005,
    "channel_post": {
        "message_id": 7,
        "sender_chat": {"id": -1001000000001, "title": "News", "type": "channel"},
        "chat": {"id": -1001000000001, "title": "News", "type": "channel"},
        "date": 1763794900,
        "text": "hello channel",
    },
}  # fmt: skip

EDITED_MESSAGE = {
    "update_id": 731200006,
    "edited_message": {**PRIVATE_TEXT["message"], "edit_date": 1763794999},
}
